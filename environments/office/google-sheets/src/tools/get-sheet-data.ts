import { z } from 'zod';
import { defineGoogleSheetsTool } from '../scenario.js';
import { cellsInRange } from './a1-range.js';
import { findSheetRows, requireSpreadsheet } from './spreadsheet-lookup.js';
import { requireText } from './required-text.js';

export const getSheetData = defineGoogleSheetsTool({
  name: 'get_sheet_data',
  description:
    'Read the cells of a sheet tab as {data: rows}. range, in the form A1:C10 (single-letter columns), keeps only ' +
    'those rows and columns; any other range text returns the whole tab. A tab with no cell data reads as ' +
    '{data: []}. Fails for an unknown spreadsheet id.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    spreadsheet_id: z.string(),
    sheet: z.string(),
    range: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.spreadsheet_id, 'spreadsheet_id');
    requireText(args.sheet, 'sheet');
    requireSpreadsheet(state, args.spreadsheet_id);
    const rows = findSheetRows(state, args.spreadsheet_id, args.sheet);
    if (rows === undefined) return { data: [] };
    return { data: args.range ? cellsInRange(rows, args.range) : rows };
  },
});
