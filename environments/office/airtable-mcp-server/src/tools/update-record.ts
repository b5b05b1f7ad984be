import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirtableMcpServerTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const updateRecord = defineAirtableMcpServerTool({
  name: 'update_record',
  description:
    'Change some fields of a record, keeping the others: the given values replace or add fields. Returns the whole ' +
    'record {id, createdTime, fields}. Fails when the record is not in that base and table.',
  input: z.object({
    base_id: z.string(),
    table_id: z.string(),
    record_id: z.string(),
    fields: z.record(z.string(), z.any()),
  }),
  handler: (state, args) => {
    requireText(args.base_id, 'base_id');
    requireText(args.table_id, 'table_id');
    requireText(args.record_id, 'record_id');
    const records = ownEntry(ownEntry(state.records, args.base_id) ?? {}, args.table_id) ?? [];
    const record = records.find((candidate) => candidate.id === args.record_id);
    if (!record) throw new ToolError(`Record ${args.record_id} not found in base ${args.base_id}, table ${args.table_id}`);
    // dict.update: existing fields keep their place, new ones are appended. Built as a new object
    // so that a field named "__proto__" stays an ordinary field.
    record.fields = Object.fromEntries([...Object.entries(record.fields), ...Object.entries(args.fields)]);
    return record;
  },
});
