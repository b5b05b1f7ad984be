import { createHash } from 'node:crypto';

/**
 * The canonical JSON both the recorder (Python) and TypeScript write, so a state can be compared by
 * digest: no whitespace, object keys sorted by UTF-16 code units, strings and numbers as
 * JSON.stringify writes them. Objects are written by hand because JSON.stringify puts integer-like
 * keys ("10", "2") first in numeric order, which is not the sorted order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} has no canonical JSON form`);
    return JSON.stringify(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  throw new Error(`a ${typeof value} is not JSON`);
}

/** Hex SHA-256 of the canonical JSON's UTF-8 bytes (the recorded `state_sha256`). */
export function canonicalDigest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** BFCL compares public attributes only: keys starting with "_" are an environment's private state. */
export function publicAttributes(state: unknown): Record<string, unknown> {
  if (state === null || typeof state !== 'object' || Array.isArray(state)) return {};
  return Object.fromEntries(Object.entries(state).filter(([key]) => !key.startsWith('_')));
}

/** Deep equality of JSON values (prototypes ignored: loaded states are null-prototype objects). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => jsonEqual(item, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]));
}
