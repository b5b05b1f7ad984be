import { defineTool, type Draft, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { MongoState } from '../scenario.js';
import { matches, project, sortDocuments } from './query.js';

export const find = defineTool({
  name: 'find',
  description:
    'Query the documents of a collection. filter: {field: value} pairs that must all be equal (exact match on ' +
    'top-level fields; operators like $gt are not supported). sort: {field: 1 | -1}, first key wins. skip and limit ' +
    '(default 10) page the sorted result. projection: {field: 1} keeps only those fields (_id too only if listed), ' +
    '{field: 0} drops them. An unknown database or collection returns no documents. Returns the documents and their count.',
  input: z.object({
    database: z.string(),
    collection: z.string(),
    filter: z.record(z.string(), z.any()).nullable().default(null),
    projection: z.record(z.string(), z.any()).nullable().default(null),
    sort: z.record(z.string(), z.any()).nullable().default(null),
    limit: z.int().default(10),
    skip: z.int().default(0),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<MongoState>, args) => {
    if (!args.database) throw new ToolError('database must be a non-empty string');
    if (!args.collection) throw new ToolError('collection must be a non-empty string');
    const key = `${args.database}.${args.collection}`;
    let docs = Object.hasOwn(state.documents, key) ? [...(state.documents[key] ?? [])] : [];
    const filter = args.filter;
    if (filter && Object.keys(filter).length > 0) docs = docs.filter((doc) => matches(doc, filter));
    if (args.sort && Object.keys(args.sort).length > 0) docs = sortDocuments(docs, args.sort);
    // Negative skip or limit index from the end, as the reference's list slicing does.
    docs = pythonSlice(docs, args.skip, args.skip + args.limit);
    if (args.projection && Object.keys(args.projection).length > 0) docs = project(docs, args.projection);
    return { database: args.database, collection: args.collection, documents: docs, count: docs.length };
  },
});
