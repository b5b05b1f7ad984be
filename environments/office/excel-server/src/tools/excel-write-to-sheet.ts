import { z } from 'zod';
import { defineExcelServerTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const excelWriteToSheet = defineExcelServerTool({
  name: 'excel_write_to_sheet',
  description:
    "Write a 2D array of values to a sheet. The simulation stores the rows as the sheet's whole content, whatever " +
    'cell_range says. With new_sheet true, or for a sheet that does not exist, the sheet is (re)created: visible, ' +
    'stamped with the clock, anything it held before dropped. Returns {status, fileAbsolutePath, sheetName}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    file_absolute_path: z.string(),
    sheet_name: z.string(),
    new_sheet: z.boolean(),
    cell_range: z.string(),
    values: z.array(z.array(z.any())),
  }),
  handler: (state, args) => {
    requireText(args.file_absolute_path, 'File path');
    requireText(args.sheet_name, 'Sheet name');
    requireText(args.cell_range, 'Cell range');
    const existing = Object.hasOwn(state.sheets, args.sheet_name) ? state.sheets[args.sheet_name] : undefined;
    if (args.new_sheet || existing === undefined) {
      state.sheets[args.sheet_name] = { values: args.values, visibility: 'visible', created: state.current_time };
    } else {
      existing.values = args.values;
    }
    return { status: 'success', fileAbsolutePath: args.file_absolute_path, sheetName: args.sheet_name };
  },
});
