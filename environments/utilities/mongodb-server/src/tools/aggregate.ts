import { defineTool, type Draft, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { MongoDocument, MongoState } from '../scenario.js';
import { field, matches, project, requireObject, sortDocuments } from './query.js';
import { hashKey, isObject, jsonKey, type PyObject, pyAdd, pyEquals, sliceIndex } from './python.js';

// Recognised stage operators, in the order a stage is checked for them: a stage naming several
// runs only the first of this list.
const OPERATORS = ['$match', '$sort', '$limit', '$skip', '$project', '$count', '$group'] as const;
type Operator = (typeof OPERATORS)[number];

export const aggregate = defineTool({
  name: 'aggregate',
  description:
    'Run an aggregation pipeline over a collection. Supported stages: {"$match": {field: value}} (equality), ' +
    '{"$sort": {field: 1 | -1}}, {"$limit": n}, {"$skip": n}, {"$project": {field: 1 | 0}}, {"$count": "name"} and ' +
    '{"$group": {"_id": "$field" or a constant, out: {"$sum" | "$avg" | "$push" | "$first": "$field" or a constant}}}. ' +
    'Field paths are top-level only; unknown stages are skipped. Returns the resulting documents and their count.',
  input: z.object({
    database: z.string(),
    collection: z.string(),
    pipeline: z.array(z.any()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<MongoState>, args) => {
    if (!args.database) throw new ToolError('database must be a non-empty string');
    if (!args.collection) throw new ToolError('collection must be a non-empty string');
    const key = `${args.database}.${args.collection}`;
    let docs: MongoDocument[] = Object.hasOwn(state.documents, key) ? [...(state.documents[key] ?? [])] : [];
    args.pipeline.forEach((stage: unknown, index: number) => {
      docs = runStage(docs, stage, `pipeline[${index}]`);
    });
    return { database: args.database, collection: args.collection, results: docs, count: docs.length };
  },
});

function operatorOf(stage: unknown, label: string): Operator | undefined {
  // The reference tests membership with Python's `in`, which also works on strings (substring)
  // and lists (element): a string or list stage naming an operator is an error, one naming none
  // is skipped like an unknown stage.
  if (isObject(stage)) return OPERATORS.find((op) => Object.hasOwn(stage, op));
  if (typeof stage === 'string') return OPERATORS.find((op) => stage.includes(op));
  if (Array.isArray(stage)) return OPERATORS.find((op) => stage.some((item) => pyEquals(item, op)));
  throw new ToolError(`${label} must be an object such as {"$match": {...}}, got ${JSON.stringify(stage)}`);
}

function runStage(docs: MongoDocument[], stage: unknown, label: string): MongoDocument[] {
  const op = operatorOf(stage, label);
  if (op === undefined) return docs;
  if (!isObject(stage)) throw new ToolError(`${label} must be an object such as {"${op}": ...}, got ${JSON.stringify(stage)}`);
  const spec = stage[op];
  const where = `${label}.${op}`;
  switch (op) {
    case '$match': {
      // Like the reference, an empty input never looks at the condition.
      if (docs.length === 0) return docs;
      const condition = requireObject(spec, where);
      return docs.filter((doc) => matches(doc, condition));
    }
    case '$sort':
      return sortDocuments(docs, requireObject(spec, where));
    case '$limit':
      return pythonSlice(docs, null, sliceIndex(spec, where));
    case '$skip':
      return pythonSlice(docs, sliceIndex(spec, where), null);
    case '$project':
      return project(docs, requireObject(spec, where));
    case '$count':
      return [{ [jsonKey(spec, where)]: docs.length }];
    case '$group':
      return group(docs, requireObject(spec, where), where);
  }
}

/** "$field" names a document field (leading "$" signs removed); anything else is a constant. */
const fieldRef = (expr: unknown): string | undefined =>
  typeof expr === 'string' && expr.startsWith('$') ? expr.replace(/^\$+/, '') : undefined;

const AVG_STATE = '__avg_';

function group(docs: MongoDocument[], spec: PyObject, where: string): MongoDocument[] {
  const idSpec = Object.hasOwn(spec, '_id') ? spec._id : null;
  const idField = fieldRef(idSpec);
  const groups = new Map<string, PyObject>();
  for (const doc of docs) {
    const id = idField === undefined ? idSpec : field(doc, idField);
    const slot = hashKey(id, `${where}._id`);
    let bucket = groups.get(slot);
    if (!bucket) {
      bucket = { _id: id };
      groups.set(slot, bucket);
    }
    for (const [out, expr] of Object.entries(spec)) {
      if (out === '_id' || !isObject(expr)) continue;
      accumulate(bucket, out, expr, doc, `${where}.${out}`);
    }
  }
  // Running sums and counts of $avg live in the bucket beside the results until the end.
  return [...groups.values()].map((bucket) => Object.fromEntries(Object.entries(bucket).filter(([name]) => !name.startsWith(AVG_STATE))));
}

function accumulate(bucket: PyObject, out: string, expr: PyObject, doc: MongoDocument, where: string): void {
  const current = (name: string, fallback: unknown) => (Object.hasOwn(bucket, name) ? bucket[name] : fallback);
  if (Object.hasOwn(expr, '$sum')) {
    const ref = fieldRef(expr.$sum);
    const value = ref === undefined ? expr.$sum : Object.hasOwn(doc, ref) ? doc[ref] : 0;
    bucket[out] = pyAdd(current(out, 0), value, where);
  } else if (Object.hasOwn(expr, '$avg')) {
    const ref = fieldRef(expr.$avg);
    const value = ref === undefined ? 0 : Object.hasOwn(doc, ref) ? doc[ref] : 0;
    const sumKey = `${AVG_STATE}sum_${out}`;
    const countKey = `${AVG_STATE}cnt_${out}`;
    bucket[sumKey] = pyAdd(current(sumKey, 0), value, where);
    bucket[countKey] = pyAdd(current(countKey, 0), 1, where);
    bucket[out] = (bucket[sumKey] as number) / (bucket[countKey] as number);
  } else if (Object.hasOwn(expr, '$push')) {
    const ref = fieldRef(expr.$push);
    const value = ref === undefined ? expr.$push : field(doc, ref);
    const list = current(out, undefined);
    if (list === undefined) bucket[out] = [value];
    else if (Array.isArray(list)) list.push(value);
    else throw new ToolError(`${where}: cannot $push onto a non-list value`);
  } else if (Object.hasOwn(expr, '$first')) {
    if (Object.hasOwn(bucket, out)) return;
    const ref = fieldRef(expr.$first);
    bucket[out] = ref === undefined ? expr.$first : field(doc, ref);
  }
}
