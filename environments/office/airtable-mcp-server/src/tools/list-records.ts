import { anyInteger, ownEntry, parsePythonInt, pythonSlice } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirtableMcpServerTool } from '../scenario.js';
import { requireText } from './text-argument.js';

const PAGE = 100;

export const listRecords = defineAirtableMcpServerTool({
  name: 'list_records',
  description:
    'A page of records of a table: at most the smaller of max_records and page_size (each 100 when absent or 0, ' +
    'and never more than 100), from `offset` (the cursor of the previous page): {records: [{id, createdTime, ' +
    'fields}], offset?}. view and filter_by_formula are accepted and, as in the reference, do not filter.',
  input: z.object({
    base_id: z.string(),
    table_id: z.string(),
    view: z.string().nullable().default(null),
    filter_by_formula: z.string().nullable().default(null),
    max_records: anyInteger().nullable().default(null),
    page_size: anyInteger().nullable().default(null),
    offset: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.base_id, 'base_id');
    requireText(args.table_id, 'table_id');
    const records = ownEntry(ownEntry(state.records, args.base_id) ?? {}, args.table_id) ?? [];
    // The cursor is read as Python's int() reads it; anything else starts from the top.
    const cursor = args.offset ? parsePythonInt(args.offset) : undefined;
    const start = cursor === undefined ? 0 : Number(cursor);
    const limit = Math.min(Math.min(args.max_records || PAGE, PAGE), Math.min(args.page_size || PAGE, PAGE));
    const next = start + limit;
    return { records: pythonSlice(records, start, next), ...(next < records.length ? { offset: String(next) } : {}) };
  },
});
