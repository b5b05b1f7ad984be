import { ToolError } from '@envfleet/kit';

// The scenario's maps hold free-form JSON that the reference reads with Python's dict and list
// operations; these give the same answers, and fail where Python would, naming the bad entry.

export type Dict = Record<string, unknown>;

export function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (${JSON.stringify(value)})`;
}

/** `entry.get(key, fallback)`: the entry must be an object. */
export function field(entry: unknown, key: string, where: string, fallback: unknown = null): unknown {
  if (!isDict(entry)) throw new ToolError(`${where} is ${describe(entry)}, not an object: fix the scenario`);
  return Object.hasOwn(entry, key) ? entry[key] : fallback;
}

/** `list(value)`: a list is copied, text gives its characters, an object its keys. */
export function items(value: unknown, where: string): unknown[] {
  if (Array.isArray(value)) return [...value];
  if (typeof value === 'string') return [...value];
  if (isDict(value)) return Object.keys(value);
  throw new ToolError(`${where} is ${describe(value)}, not a list of messages: fix the scenario`);
}

/** `dict(value)` of a message: a copy of the object (other shapes are refused). */
export function copyDict(value: unknown, where: string): Dict {
  if (!isDict(value)) throw new ToolError(`${where} is ${describe(value)}, not a message object: fix the scenario`);
  return { ...value };
}
