import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineGoogleSheetsTool } from '../scenario.js';
import { newSheetId } from './sheet-id.js';
import { emptyTabs, requireSpreadsheet, touch } from './spreadsheet-lookup.js';
import { requireText } from './required-text.js';

export const createSheet = defineGoogleSheetsTool({
  name: 'create_sheet',
  description:
    'Add an empty sheet tab with the given title at the end of a spreadsheet. Returns the new numeric sheet_id, the ' +
    'title and the spreadsheet id. Titles are not checked for uniqueness: reusing one adds a second tab of that ' +
    'name and empties the cells stored under it.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    spreadsheet_id: z.string(),
    title: z.string(),
  }),
  handler: (state, args, ctx) => {
    requireText(args.spreadsheet_id, 'spreadsheet_id');
    requireText(args.title, 'title');
    requireSpreadsheet(state, args.spreadsheet_id);
    const sheetId = newSheetId(ctx);
    const sheets = ownEntry(state.sheets, args.spreadsheet_id) ?? [];
    sheets.push({ sheet_id: sheetId, title: args.title });
    state.sheets[args.spreadsheet_id] = sheets;
    const tabs = ownEntry(state.sheet_data, args.spreadsheet_id) ?? emptyTabs();
    tabs[args.title] = [];
    state.sheet_data[args.spreadsheet_id] = tabs;
    touch(state, args.spreadsheet_id);
    return { sheet_id: sheetId, title: args.title, spreadsheet_id: args.spreadsheet_id };
  },
});
