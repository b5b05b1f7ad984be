import { z } from 'zod';
import { defineExcelServerTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const excelCreateTable = defineExcelServerTool({
  name: 'excel_create_table',
  description:
    'Turn a cell range of a sheet into a named table, recorded as "<sheet>!<range>"; an existing table of that ' +
    'name is redefined. The sheet and range are not checked. Returns {tableName, cellRange, sheetName}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    file_absolute_path: z.string(),
    sheet_name: z.string(),
    cell_range: z.string(),
    table_name: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.file_absolute_path, 'File path');
    requireText(args.sheet_name, 'Sheet name');
    requireText(args.cell_range, 'Cell range');
    requireText(args.table_name, 'Table name');
    state.tables[args.table_name] = `${args.sheet_name}!${args.cell_range}`;
    return { tableName: args.table_name, cellRange: args.cell_range, sheetName: args.sheet_name };
  },
});
