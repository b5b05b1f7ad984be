import { z } from 'zod';
import { defineExcelServerTool } from '../scenario.js';
import { requireText } from './required-text.js';

// What the reference reports as the range read when none is given.
const WHOLE_SHEET_RANGE = 'A1:Z100';

export const excelReadSheet = defineExcelServerTool({
  name: 'excel_read_sheet',
  description:
    'Read the stored rows of a sheet as {values, cellRange, sheetName}. The simulation always returns every row: ' +
    'cell_range is only echoed back (A1:Z100 when omitted), and show_formula / show_style change nothing. An ' +
    'unknown sheet reads as no rows.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    file_absolute_path: z.string(),
    sheet_name: z.string(),
    cell_range: z.string().nullable().default(null),
    show_formula: z.boolean().default(false),
    show_style: z.boolean().default(false),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.file_absolute_path, 'File path');
    requireText(args.sheet_name, 'Sheet name');
    const sheet = Object.hasOwn(state.sheets, args.sheet_name) ? state.sheets[args.sheet_name] : undefined;
    const values: unknown = sheet !== undefined && Object.hasOwn(sheet, 'values') ? sheet.values : [];
    return { values, cellRange: args.cell_range || WHOLE_SHEET_RANGE, sheetName: args.sheet_name };
  },
});
