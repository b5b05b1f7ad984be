import { ToolError } from '@envfleet/kit';
import type { MongoDocument } from '../scenario.js';
import { isObject, type PyObject, pyEquals, pySorted } from './python.js';

/*
 * The query language both find and aggregate understand: a filter is a set of field: value
 * equalities on top-level fields (no operators such as $gt — an operator object is compared as a
 * plain value), a sort is field: 1 | -1, a projection is field: 1 (keep only) or field: 0 (drop).
 */

/** The value of a top-level field, null when it is missing (a missing field equals null). */
export function field(doc: MongoDocument, name: string): unknown {
  return Object.hasOwn(doc, name) ? doc[name] : null;
}

export function matches(doc: MongoDocument, filter: PyObject): boolean {
  return Object.entries(filter).every(([name, value]) => pyEquals(field(doc, name), value));
}

/**
 * Sorts by several keys: the last key is applied first and every pass is stable, so the first key
 * decides. Direction -1 is descending; any other value ascending.
 */
export function sortDocuments(docs: MongoDocument[], spec: PyObject): MongoDocument[] {
  let sorted = docs;
  for (const [name, direction] of Object.entries(spec).reverse()) {
    sorted = pySorted(sorted, (doc) => field(doc, name), pyEquals(direction, -1), `Cannot sort by "${name}"`);
  }
  return sorted;
}

/** Keeps the fields marked 1 (true) when there are any; otherwise drops the fields marked 0 (false). */
export function project(docs: MongoDocument[], spec: PyObject): MongoDocument[] {
  const entries = Object.entries(spec);
  const include = entries.filter(([, flag]) => pyEquals(flag, 1)).map(([name]) => name);
  const exclude = new Set(entries.filter(([, flag]) => pyEquals(flag, 0)).map(([name]) => name));
  if (include.length > 0) {
    return docs.map((doc) => Object.fromEntries(include.filter((name) => Object.hasOwn(doc, name)).map((name) => [name, doc[name]])));
  }
  if (exclude.size > 0) {
    return docs.map((doc) => Object.fromEntries(Object.entries(doc).filter(([name]) => !exclude.has(name))));
  }
  return docs;
}

/** A stage argument that must be an object of field specs. */
export function requireObject(value: unknown, stage: string): PyObject {
  if (!isObject(value)) throw new ToolError(`${stage} must be an object mapping field names to values`);
  return value;
}
