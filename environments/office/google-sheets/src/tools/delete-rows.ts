import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineGoogleSheetsTool } from '../scenario.js';
import { requireSheetRows, touch } from './spreadsheet-lookup.js';
import { requireNonNegativeIndex, requirePositiveCount, requireText } from './required-text.js';

export const deleteRows = defineGoogleSheetsTool({
  name: 'delete_rows',
  description:
    'Delete count rows (default 1) of a sheet tab starting at the 0-based start_index; rows past the end are simply ' +
    'not there to delete. Returns the count asked for, the tab and the spreadsheet id. Fails for an unknown ' +
    'spreadsheet or tab, a count below 1, or a start_index that is not an existing row.',
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
    if (args.start_index >= rows.length) {
      const valid = rows.length === 0 ? 'the sheet has no rows' : `row indexes run from 0 to ${rows.length - 1}`;
      throw new ToolError(`Invalid start_index ${args.start_index}: ${valid}`);
    }
    rows.splice(args.start_index, args.count);
    touch(state, args.spreadsheet_id);
    return { deleted_rows: args.count, sheet: args.sheet, spreadsheet_id: args.spreadsheet_id };
  },
});
