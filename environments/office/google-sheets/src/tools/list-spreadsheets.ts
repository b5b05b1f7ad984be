import { z } from 'zod';
import { defineGoogleSheetsTool } from '../scenario.js';

export const listSpreadsheets = defineGoogleSheetsTool({
  name: 'list_spreadsheets',
  description: 'List every spreadsheet in the Drive folder, each with its id and title, as {spreadsheets: [...]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({
    spreadsheets: Object.values(state.spreadsheets).map(({ spreadsheet_id, title }) => ({ spreadsheet_id, title })),
  }),
});
