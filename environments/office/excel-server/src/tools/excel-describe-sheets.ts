import { z } from 'zod';
import { defineExcelServerTool } from '../scenario.js';
import { requireAbsolutePath, requireText } from './required-text.js';

export const excelDescribeSheets = defineExcelServerTool({
  name: 'excel_describe_sheets',
  description:
    'List the sheets of the open workbook in order, each with its name, 0-based index and visibility ("visible" ' +
    'unless the sheet says otherwise). The path must be absolute; the simulation holds one workbook and answers ' +
    'for it whatever the path.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    file_absolute_path: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.file_absolute_path, 'File path');
    requireAbsolutePath(args.file_absolute_path);
    return {
      sheets: Object.entries(state.sheets).map(([name, sheet], index) => ({
        name,
        index,
        visibility: Object.hasOwn(sheet, 'visibility') ? sheet.visibility : 'visible',
      })),
    };
  },
});
