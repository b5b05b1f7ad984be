import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { addColumns } from './tools/add-columns.js';
import { addRows } from './tools/add-rows.js';
import { batchUpdateCells } from './tools/batch-update-cells.js';
import { copySheet } from './tools/copy-sheet.js';
import { createSheet } from './tools/create-sheet.js';
import { createSpreadsheet } from './tools/create-spreadsheet.js';
import { deleteColumns } from './tools/delete-columns.js';
import { deleteRows } from './tools/delete-rows.js';
import { getSheetData } from './tools/get-sheet-data.js';
import { getSpreadsheetInfo } from './tools/get-spreadsheet-info.js';
import { listSheets } from './tools/list-sheets.js';
import { listSpreadsheets } from './tools/list-spreadsheets.js';
import { renameSheet } from './tools/rename-sheet.js';

export const googleSheets = defineEnvironment({
  name: 'GoogleSheets',
  domain: 'office',
  version: '0.1.0',
  description:
    'Google Sheets in a Drive folder: list and inspect spreadsheets, read cell ranges, create spreadsheets and sheet tabs, write cells, add or delete rows and columns, copy and rename tabs.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    listSpreadsheets,
    getSpreadsheetInfo,
    listSheets,
    getSheetData,
    createSpreadsheet,
    createSheet,
    batchUpdateCells,
    addRows,
    addColumns,
    deleteRows,
    deleteColumns,
    copySheet,
    renameSheet,
  ],
});

export default googleSheets;
export { scenarioSchema };
export type { GoogleSheetsState } from './scenario.js';
