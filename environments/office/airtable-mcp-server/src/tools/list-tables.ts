import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirtableMcpServerTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const listTables = defineAirtableMcpServerTool({
  name: 'list_tables',
  description:
    'The tables of a base with their schema: {base_id, tables: [{id, name, tableDescription, fields, views}]}; an ' +
    'unknown base has no tables.',
  input: z.object({
    base_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.base_id, 'base_id');
    return { base_id: args.base_id, tables: ownEntry(state.tables, args.base_id) ?? [] };
  },
});
