import { z } from 'zod';
import { defineGoogleSheetsTool } from '../scenario.js';
import { requireText } from './required-text.js';
import { emptyTabs } from './spreadsheet-lookup.js';

export const createSpreadsheet = defineGoogleSheetsTool({
  name: 'create_spreadsheet',
  description:
    'Create an empty spreadsheet (no sheet tabs yet) with the given title. Returns its new id, the title and its ' +
    'docs.google.com URL; created and modified times are the scenario clock.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    title: z.string(),
  }),
  handler: (state, args, ctx) => {
    requireText(args.title, 'title');
    const spreadsheetId = ctx.uuid();
    state.spreadsheets[spreadsheetId] = { spreadsheet_id: spreadsheetId, title: args.title };
    state.sheets[spreadsheetId] = [];
    state.sheet_data[spreadsheetId] = emptyTabs();
    state.created_times[spreadsheetId] = state.current_time;
    state.modified_times[spreadsheetId] = state.current_time;
    return { spreadsheet_id: spreadsheetId, title: args.title, url: `https://docs.google.com/spreadsheets/d/${spreadsheetId}` };
  },
});
