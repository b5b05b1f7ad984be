import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { type CellRows, defineGoogleSheetsTool } from '../scenario.js';
import { requireSheetRows, touch } from './spreadsheet-lookup.js';
import { requireText } from './required-text.js';

export const batchUpdateCells = defineGoogleSheetsTool({
  name: 'batch_update_cells',
  description:
    'Write rows of values to a sheet tab. Give range (A1 notation, e.g. A1:C3) with data (a 2D array), or ranges ' +
    '(an object of range → 2D array). This simulation replaces the whole tab with the rows given, whatever the ' +
    'range says, and of ranges only the first entry is written. Returns the ranges written, the number of cells ' +
    'written and the spreadsheet id. Fails for an unknown spreadsheet or tab, or range without data.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    spreadsheet_id: z.string(),
    sheet: z.string(),
    range: z.string().nullable().default(null),
    data: z.array(z.array(z.any())).nullable().default(null),
    ranges: z
      .record(z.string(), z.array(z.array(z.any())))
      .nullable()
      .default(null),
  }),
  handler: (state, args) => {
    requireText(args.spreadsheet_id, 'spreadsheet_id');
    requireText(args.sheet, 'sheet');
    if (args.range && args.data === null) throw new ToolError('data is required when range is given: pass the rows to write as a 2D array');
    requireSheetRows(state, args.spreadsheet_id, args.sheet);

    const write = (range: string, rows: CellRows) => {
      const tabs = ownEntry(state.sheet_data, args.spreadsheet_id);
      if (tabs) tabs[args.sheet] = rows;
      return { updated_ranges: [range], total_updated_cells: rows.reduce((sum, row) => sum + row.length, 0) };
    };
    let written: { updated_ranges: string[]; total_updated_cells: number } = { updated_ranges: [], total_updated_cells: 0 };
    if (args.range && args.data !== null) {
      written = write(args.range, args.data);
    } else if (args.ranges) {
      // Only the first range of the batch is applied, as in the reference.
      const first = Object.entries(args.ranges)[0];
      if (first) written = write(first[0], first[1]);
    }
    touch(state, args.spreadsheet_id);
    return { ...written, spreadsheet_id: args.spreadsheet_id };
  },
});
