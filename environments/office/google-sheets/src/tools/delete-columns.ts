import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineGoogleSheetsTool } from '../scenario.js';
import { requireSheetRows, touch } from './spreadsheet-lookup.js';
import { requireNonNegativeIndex, requirePositiveCount, requireText } from './required-text.js';

export const deleteColumns = defineGoogleSheetsTool({
  name: 'delete_columns',
  description:
    'Delete count columns (default 1) from every row of a sheet tab, starting at the 0-based start_index; rows too ' +
    'short to reach start_index are left alone. Returns the count asked for, the tab and the spreadsheet id. Fails ' +
    'for an unknown spreadsheet or tab, a negative start_index or a count below 1.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    spreadsheet_id: z.string(),
    sheet: z.string(),
    start_index: anyInteger(),
    count: anyInteger().default(1),
  }),
  handler: (state, args) => {
    requireText(args.spreadsheet_id, 'spreadsheet_id');
    requireText(args.sheet, 'sheet');
    requireNonNegativeIndex(args.start_index);
    requirePositiveCount(args.count);
    const rows = requireSheetRows(state, args.spreadsheet_id, args.sheet);
    for (const row of rows) {
      if (args.start_index < row.length) row.splice(args.start_index, args.count);
    }
    touch(state, args.spreadsheet_id);
    return { deleted_columns: args.count, sheet: args.sheet, spreadsheet_id: args.spreadsheet_id };
  },
});
