import { emptyMap, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { type AirtableRecord, defineAirtableMcpServerTool } from '../scenario.js';
import { requireText } from './text-argument.js';

/** rec followed by the counter in ten digits, as Python's f"{n:010d}" writes it (sign first). */
function recordId(counter: number): string {
  const digits = String(Math.abs(counter)).padStart(counter < 0 ? 9 : 10, '0');
  return `rec${counter < 0 ? '-' : ''}${digits}`;
}

export const createRecord = defineAirtableMcpServerTool({
  name: 'create_record',
  description:
    'Add a record with the given field values to a table (the base and table are created on first use): it gets ' +
    'the next id rec0000000001, rec0000000002, … and the current time. Returns {id, createdTime, fields}.',
  input: z.object({
    base_id: z.string(),
    table_id: z.string(),
    fields: z.record(z.string(), z.any()),
  }),
  handler: (state, args) => {
    requireText(args.base_id, 'base_id');
    requireText(args.table_id, 'table_id');
    if (!Number.isSafeInteger(state.record_counter + 1)) throw new ToolError('record_counter cannot grow past 2^53 here');
    state.record_counter += 1;
    const record: AirtableRecord = { id: recordId(state.record_counter), createdTime: state.current_time, fields: args.fields };
    if (!Object.hasOwn(state.records, args.base_id)) state.records[args.base_id] = emptyMap();
    const tables = state.records[args.base_id] as Record<string, AirtableRecord[]>;
    if (!Object.hasOwn(tables, args.table_id)) tables[args.table_id] = [];
    tables[args.table_id]?.push(record);
    return record;
  },
});
