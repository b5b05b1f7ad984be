import { createHash } from 'node:crypto';
import { compareCodePoints, pythonFloatRepr } from '@envfleet/kit';

/**
 * The one JSON text both τ²'s Python and this side can write for the same value, so a database or a
 * tool result can be compared by digest: keys sorted by code point (as Python sorts str), no
 * spaces, non-ASCII kept, an integral number written as an integer (Python's 10.0 and 10 are both 10: JSON read in JavaScript
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
  if (typeof value === 'object') {
    if (!Object.isFrozen(value)) return containerText(value);
    let text = frozenText.get(value);
    if (text === undefined) {
      text = containerText(value);
      frozenText.set(value, text);
    }
    return text;
  }
  throw new TypeError(`cannot write ${typeof value} as canonical JSON`);
}

// Environment states are deeply frozen and share every unchanged subtree from one step to the next,
// so a frozen object's text never changes: keeping it makes digesting many final states of one large
// database cost only what differs between them. (A frozen object is taken to be deeply frozen, as
// the kit freezes states; one with mutable members could be given a stale text.)
const frozenText = new WeakMap<object, string>();

function containerText(value: object): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort(compareCodePoints);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** sha256 (hex) of the canonical JSON text, in UTF-8. */
export function canonicalDigest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
