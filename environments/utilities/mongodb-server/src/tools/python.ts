import { compareCodePoints, pythonRepr, ToolError } from '@envfleet/kit';

/*
 * The reference evaluates queries with Python's own operators, so its answers depend on Python's
 * rules: 1 == 1.0 == True, dicts compare by content, "<" refuses to order None or mixed types.
 * The helpers here reproduce those rules on JSON values so that the same query gives the same
 * documents (or the same refusal); string order and slicing are the kit's compareCodePoints and
 * pythonSlice.
 */

export type PyObject = Record<string, unknown>;

export function isObject(value: unknown): value is PyObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Python's name for a JSON value's type, for messages. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  if (Array.isArray(value)) return 'list';
  return 'dict';
}

const isNumeric = (value: unknown): value is number | boolean => typeof value === 'number' || typeof value === 'boolean';

/** Python `==` on JSON values: booleans are the integers 0 and 1, containers compare by content. */
export function pyEquals(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  if (a === null || b === null) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => pyEquals(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && pyEquals(a[key], b[key]));
  }
  return false;
}

/** Python `a < b`; throws where Python raises TypeError (None, dicts, mixed types). */
export function pyLess(a: unknown, b: unknown, context: string): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) < Number(b);
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b) < 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (!pyEquals(a[i], b[i])) return pyLess(a[i], b[i], context);
    }
    return a.length < b.length;
  }
  throw new ToolError(`${context}: values of type ${typeName(a)} and ${typeName(b)} cannot be ordered`);
}

type Family = 'number' | 'string' | 'list' | 'unorderable';
const family = (value: unknown): Family =>
  isNumeric(value) ? 'number' : typeof value === 'string' ? 'string' : Array.isArray(value) ? 'list' : 'unorderable';

/**
 * Stable sort of `items` by the key `keyOf` gives, descending when `descending`. Python raises as
 * soon as two keys cannot be ordered, and any sort of two or more items must compare across every
 * type present — so a null / missing key or an object key (with at least two items), or keys of
 * two different families, fail up front whatever the order of the items.
 */
export function pySorted<T>(items: T[], keyOf: (item: T) => unknown, descending: boolean, context: string): T[] {
  if (items.length < 2) return [...items];
  const keys = items.map(keyOf);
  const families = new Set(keys.map(family));
  if (families.has('unorderable') || families.size > 1) {
    const types = new Set(keys.map(typeName));
    if (types.has('NoneType')) throw new ToolError(`${context}: some documents have no value (missing or null) to order by`);
    if (types.has('dict')) throw new ToolError(`${context}: objects cannot be ordered`);
    throw new ToolError(`${context}: values of different types (${[...types].join(', ')}) cannot be ordered`);
  }
  const order = items.map((item, index) => ({ item, key: keys[index] }));
  order.sort((x, y) => {
    const [first, second] = descending ? [y.key, x.key] : [x.key, y.key];
    if (pyLess(first, second, context)) return -1;
    if (pyLess(second, first, context)) return 1;
    return 0;
  });
  return order.map((entry) => entry.item);
}

/** A slice bound as Python accepts one: an integer, a boolean (0/1) or null. */
export function sliceIndex(value: unknown, stage: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new ToolError(`${stage} must be an integer, got ${typeName(value)}`);
}

/** Python `a + b` for the numeric accumulators of $group. */
export function pyAdd(a: unknown, b: unknown, context: string): number {
  if (isNumeric(a) && isNumeric(b)) return Number(a) + Number(b);
  throw new ToolError(`${context}: cannot add ${typeName(b)} to ${typeName(a)} (only numbers can be summed)`);
}

/** A key under which Python's dict would file `value` (1, 1.0 and true share one); throws for lists and objects. */
export function hashKey(value: unknown, context: string): string {
  if (value === null || value === undefined) return 'none';
  if (isNumeric(value)) return `n:${Number(value)}`;
  if (typeof value === 'string') return `s:${value}`;
  throw new ToolError(`${context}: a ${typeName(value)} cannot be used as a group key`);
}

/** The text a non-string dict key becomes in the JSON answer ($count's field name). */
export function jsonKey(value: unknown, context: string): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return pythonRepr(value);
  throw new ToolError(`${context}: a ${typeName(value)} cannot be used as a field name`);
}
