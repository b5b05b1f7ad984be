import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { createRecord } from './tools/create-record.js';
import { listBases } from './tools/list-bases.js';
import { listRecords } from './tools/list-records.js';
import { listTables } from './tools/list-tables.js';
import { updateRecord } from './tools/update-record.js';

export const airtableMcpServer = defineEnvironment({
  name: 'AirtableMcpServer',
  domain: 'office',
  version: '0.1.0',
  description:
    "Airtable: list bases and their tables with field schemas, page through a table's records, create records and update their fields.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [listBases, listTables, listRecords, createRecord, updateRecord],
});

export default airtableMcpServer;
export { scenarioSchema };
export type { AirtableMcpServerState } from './scenario.js';
