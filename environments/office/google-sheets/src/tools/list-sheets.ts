import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineGoogleSheetsTool } from '../scenario.js';
import { requireSpreadsheet } from './spreadsheet-lookup.js';
import { requireText } from './required-text.js';

export const listSheets = defineGoogleSheetsTool({
  name: 'list_sheets',
  description:
    'List the names of the sheet tabs of a spreadsheet, in tab order, as {sheet_names: [...]}. Fails for an unknown spreadsheet id.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    spreadsheet_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.spreadsheet_id, 'spreadsheet_id');
    requireSpreadsheet(state, args.spreadsheet_id);
    return { sheet_names: (ownEntry(state.sheets, args.spreadsheet_id) ?? []).map((sheet) => sheet.title) };
  },
});
