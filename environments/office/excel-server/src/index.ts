import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { excelCopySheet } from './tools/excel-copy-sheet.js';
import { excelCreateTable } from './tools/excel-create-table.js';
import { excelDescribeSheets } from './tools/excel-describe-sheets.js';
import { excelFormatRange } from './tools/excel-format-range.js';
import { excelReadSheet } from './tools/excel-read-sheet.js';
import { excelScreenCapture } from './tools/excel-screen-capture.js';
import { excelWriteToSheet } from './tools/excel-write-to-sheet.js';

export const excelServer = defineEnvironment({
  name: 'ExcelServer',
  domain: 'office',
  version: '0.1.0',
  description:
    'One Excel workbook: list its sheets, read and write cell values, copy sheets, create named tables, format ranges and take screen captures.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [excelDescribeSheets, excelReadSheet, excelScreenCapture, excelWriteToSheet, excelCreateTable, excelCopySheet, excelFormatRange],
});

export default excelServer;
export { scenarioSchema };
export type { ExcelServerState } from './scenario.js';
