import { z } from 'zod';
import { defineExcelServerTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const excelFormatRange = defineExcelServerTool({
  name: 'excel_format_range',
  description:
    'Apply styles to a cell range: styles is a 2D array with one style object per cell (font, fill, border, ' +
    'numFmt, decimalPlaces, …). Recorded under "<sheet>_<range>" with the time applied, replacing earlier ' +
    'formatting of exactly that range. The sheet is not checked. Returns {status, formattedRange, sheetName}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    file_absolute_path: z.string(),
    sheet_name: z.string(),
    cell_range: z.string(),
    styles: z.array(z.array(z.record(z.string(), z.any()))),
  }),
  handler: (state, args) => {
    requireText(args.file_absolute_path, 'File path');
    requireText(args.sheet_name, 'Sheet name');
    requireText(args.cell_range, 'Cell range');
    state.formats[`${args.sheet_name}_${args.cell_range}`] = { styles: args.styles, applied_at: state.current_time };
    return { status: 'success', formattedRange: args.cell_range, sheetName: args.sheet_name };
  },
});
