import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineExcelServerTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const excelCopySheet = defineExcelServerTool({
  name: 'excel_copy_sheet',
  description:
    'Copy a sheet, with everything it holds, to a sheet named dst_sheet_name (replacing a sheet of that name). ' +
    'Returns {srcSheetName, dstSheetName, fileAbsolutePath}. Fails when the source sheet does not exist.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    file_absolute_path: z.string(),
    src_sheet_name: z.string(),
    dst_sheet_name: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.file_absolute_path, 'File path');
    requireText(args.src_sheet_name, 'Source sheet name');
    requireText(args.dst_sheet_name, 'Destination sheet name');
    const source = Object.hasOwn(state.sheets, args.src_sheet_name) ? state.sheets[args.src_sheet_name] : undefined;
    if (source === undefined) {
      throw new ToolError(`Source sheet '${args.src_sheet_name}' not found: excel_describe_sheets lists the sheets`);
    }
    state.sheets[args.dst_sheet_name] = { ...source };
    return { srcSheetName: args.src_sheet_name, dstSheetName: args.dst_sheet_name, fileAbsolutePath: args.file_absolute_path };
  },
});
