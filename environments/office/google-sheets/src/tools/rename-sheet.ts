import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineGoogleSheetsTool } from '../scenario.js';
import { requireSpreadsheet, touch } from './spreadsheet-lookup.js';
import { requireText } from './required-text.js';

export const renameSheet = defineGoogleSheetsTool({
  name: 'rename_sheet',
  description:
    'Rename a sheet tab (the first tab with that name) and move its cells to the new name; cells already stored ' +
    'under the new name are replaced. Returns the old and new names and the spreadsheet id. Fails for an unknown ' +
    'spreadsheet or tab.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    spreadsheet_id: z.string(),
    sheet: z.string(),
    new_name: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.spreadsheet_id, 'spreadsheet_id');
    requireText(args.sheet, 'sheet');
    requireText(args.new_name, 'new_name');
    requireSpreadsheet(state, args.spreadsheet_id);
    const sheets = ownEntry(state.sheets, args.spreadsheet_id);
    if (sheets === undefined) throw new ToolError(`No sheets found in spreadsheet ${args.spreadsheet_id}: create_sheet adds one`);
    const tab = sheets.find((candidate) => candidate.title === args.sheet);
    if (!tab) throw new ToolError(`Sheet ${args.sheet} not found in spreadsheet ${args.spreadsheet_id}: list_sheets shows its tabs`);
    tab.title = args.new_name;
    const tabs = ownEntry(state.sheet_data, args.spreadsheet_id);
    const rows = tabs === undefined ? undefined : ownEntry(tabs, args.sheet);
    if (tabs !== undefined && rows !== undefined) {
      // Removed, then stored again, so a tab renamed to its own name moves to the end, as a Python dict does.
      delete tabs[args.sheet];
      tabs[args.new_name] = rows;
    }
    touch(state, args.spreadsheet_id);
    return { old_name: args.sheet, new_name: args.new_name, spreadsheet_id: args.spreadsheet_id };
  },
});
