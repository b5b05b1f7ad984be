import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { MongoState } from '../scenario.js';

export const listDatabases = defineTool({
  name: 'list_databases',
  description: 'List every database on the server with its name, approximate size on disk (bytes) and whether it is empty.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<MongoState>) => ({ databases: state.databases }),
});

export const listCollections = defineTool({
  name: 'list_collections',
  description:
    'List the collections of a database: name, type ("collection" or "view") and options. ' +
    'A database with no collections (or that does not exist) gives an empty list.',
  input: z.object({ database: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<MongoState>, args) => {
    if (!args.database) throw new ToolError('database must be a non-empty string');
    const collections = Object.hasOwn(state.collections, args.database) ? state.collections[args.database] : [];
    return { database: args.database, collections };
  },
});
