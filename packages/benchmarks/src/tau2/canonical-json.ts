import { createHash } from 'node:crypto';
import { compareCodePoints, pythonFloatRepr } from '@envfleet/kit';

/**
 * The one JSON text both τ²'s Python and this side can write for the same value, so a database or a
 * tool result can be compared by digest: keys sorted by code point (as Python sorts str), no spaces, non-ASCII kept, an
 * integral number written as an integer (Python's 10.0 and 10 are both 10: JSON read in JavaScript
 * cannot tell them apart) and any other number as Python's repr. scripts/reference/record-tau2.py
 * writes the same text.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return BigInt(value).toString();
    return pythonFloatRepr(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort(compareCodePoints);
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  throw new TypeError(`cannot write ${typeof value} as canonical JSON`);
}

/** sha256 (hex) of the canonical JSON text, in UTF-8. */
export function canonicalDigest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
