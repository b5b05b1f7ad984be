import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineGoogleSheetsTool } from '../scenario.js';
import { requireSpreadsheet } from './spreadsheet-lookup.js';
import { requireText } from './required-text.js';

export const getSpreadsheetInfo = defineGoogleSheetsTool({
  name: 'get_spreadsheet_info',
  description:
    'Show one spreadsheet: its id, title, the names of its sheet tabs in order, and when it was created and last ' +
    'modified (empty strings when unknown). Fails for an unknown spreadsheet id.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    spreadsheet_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.spreadsheet_id, 'spreadsheet_id');
    const spreadsheet = requireSpreadsheet(state, args.spreadsheet_id);
    return {
      spreadsheet_id: args.spreadsheet_id,
      title: spreadsheet.title,
      sheets: (ownEntry(state.sheets, args.spreadsheet_id) ?? []).map((sheet) => sheet.title),
      created_time: ownEntry(state.created_times, args.spreadsheet_id) ?? '',
      modified_time: ownEntry(state.modified_times, args.spreadsheet_id) ?? '',
    };
  },
});
