import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineGoogleSheetsTool } from '../scenario.js';
import { requireModestGrowth } from './growth-limit.js';
import { requireSheetRows, touch } from './spreadsheet-lookup.js';
import { requirePositiveCount, requireText } from './required-text.js';

export const addColumns = defineGoogleSheetsTool({
  name: 'add_columns',
  description:
    'Append count empty cells (null, default 1) to the end of every existing row of a sheet tab. A tab with no rows ' +
    'stays empty. Returns the number of columns added, the tab and the spreadsheet id. Fails for an unknown ' +
    'spreadsheet or tab, or a count below 1.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    spreadsheet_id: z.string(),
    sheet: z.string(),
    count: anyInteger().default(1),
  }),
  handler: (state, args) => {
    requireText(args.spreadsheet_id, 'spreadsheet_id');
    requireText(args.sheet, 'sheet');
    requirePositiveCount(args.count);
    const rows = requireSheetRows(state, args.spreadsheet_id, args.sheet);
    if (rows.length > 0) requireModestGrowth(rows.length * args.count, 'cells');
    for (const row of rows) {
      for (let added = 0; added < args.count; added++) row.push(null);
    }
    touch(state, args.spreadsheet_id);
    return { added_columns: args.count, sheet: args.sheet, spreadsheet_id: args.spreadsheet_id };
  },
});
