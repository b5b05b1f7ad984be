import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineGoogleSheetsTool } from '../scenario.js';
import { newSheetId } from './sheet-id.js';
import { requireSheetRows, touch } from './spreadsheet-lookup.js';
import { requireText } from './required-text.js';

export const copySheet = defineGoogleSheetsTool({
  name: 'copy_sheet',
  description:
    'Duplicate a sheet tab and its cells as a new tab named new_sheet_name at the end of the same spreadsheet. ' +
    'Returns the new numeric sheet_id, its title and the spreadsheet id. Names are not checked for uniqueness: ' +
    'copying onto an existing name adds a second tab of that name and replaces the cells stored under it.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    spreadsheet_id: z.string(),
    sheet: z.string(),
    new_sheet_name: z.string(),
  }),
  handler: (state, args, ctx) => {
    requireText(args.spreadsheet_id, 'spreadsheet_id');
    requireText(args.sheet, 'sheet');
    requireText(args.new_sheet_name, 'new_sheet_name');
    const rows = requireSheetRows(state, args.spreadsheet_id, args.sheet);
    const sheetId = newSheetId(ctx);
    const sheets = ownEntry(state.sheets, args.spreadsheet_id) ?? [];
    sheets.push({ sheet_id: sheetId, title: args.new_sheet_name });
    state.sheets[args.spreadsheet_id] = sheets;
    const copy = rows.map((row) => [...row]);
    const tabs = ownEntry(state.sheet_data, args.spreadsheet_id);
    if (tabs) tabs[args.new_sheet_name] = copy;
    touch(state, args.spreadsheet_id);
    return { sheet_id: sheetId, title: args.new_sheet_name, spreadsheet_id: args.spreadsheet_id };
  },
});
