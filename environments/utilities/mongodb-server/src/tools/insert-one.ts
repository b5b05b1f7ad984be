import { defineTool, type Draft, pythonStr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { MongoState } from '../scenario.js';
import { isObject, pyEquals } from './python.js';

/** The `name` of a database or collection entry; entries are free-form, so it may be missing. */
function nameOf(entry: Record<string, unknown>, what: string): unknown {
  if (!Object.hasOwn(entry, 'name')) throw new ToolError(`A ${what} entry in the scenario has no "name" field`);
  return entry.name;
}

export const insertOne = defineTool({
  name: 'insert_one',
  description:
    'Insert one document into a collection, creating the database and the collection if they do not exist yet. ' +
    'A document without _id gets a generated one (gen_<n>). Returns acknowledged, the inserted id as a string, ' +
    'and the stored document.',
  input: z.object({
    database: z.string(),
    collection: z.string(),
    document: z.record(z.string(), z.any()),
  }),
  handler: (state: Draft<MongoState>, args) => {
    if (!args.database) throw new ToolError('database must be a non-empty string');
    if (!args.collection) throw new ToolError('collection must be a non-empty string');
    if (!isObject(args.document)) throw new ToolError('document must be an object');

    // Every entry's name is read before matching (as the reference does), so a nameless entry
    // fails the call even when an earlier entry already matches.
    const databaseNames = state.databases.map((entry) => nameOf(entry, 'database'));
    if (!databaseNames.some((name) => pyEquals(name, args.database))) {
      state.databases.push({ name: args.database, sizeOnDisk: 0, empty: false });
    }
    if (!Object.hasOwn(state.collections, args.database)) state.collections[args.database] = [];
    const collections = state.collections[args.database] ?? [];
    const collectionNames = collections.map((entry) => nameOf(entry, 'collection'));
    if (!collectionNames.some((name) => pyEquals(name, args.collection))) {
      collections.push({ name: args.collection, type: 'collection', options: {} });
    }

    const document: Record<string, unknown> = structuredClone(args.document);
    if (!Object.hasOwn(document, '_id')) {
      document._id = `gen_${state.next_id_counter}`;
      state.next_id_counter += 1;
    }
    // Documents are keyed "database.collection", as in the reference.
    const key = `${args.database}.${args.collection}`;
    if (!Object.hasOwn(state.documents, key)) state.documents[key] = [];
    state.documents[key]?.push(document);
    return { acknowledged: true, inserted_id: pythonStr(document._id), document };
  },
});
