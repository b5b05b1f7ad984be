import type { PatchOperation } from '@envfleet/contract';

/** An RFC 6902 operation: only the three a diff between two documents needs (@envfleet/contract). */
export type { PatchOperation };

const escapePointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** The operations that turn `from` into `to` (deep, arrays element by element). */
export function diff(from: unknown, to: unknown, path = ''): PatchOperation[] {
  if (Object.is(from, to)) return [];
  if (Array.isArray(from) && Array.isArray(to)) {
    const ops: PatchOperation[] = [];
    const shared = Math.min(from.length, to.length);
    for (let i = 0; i < shared; i++) ops.push(...diff(from[i], to[i], `${path}/${i}`));
    // Remove from the end backwards so each index is still valid when applied in order.
    for (let i = from.length - 1; i >= shared; i--) ops.push({ op: 'remove', path: `${path}/${i}` });
    for (let i = shared; i < to.length; i++) ops.push({ op: 'add', path: `${path}/${i}`, value: to[i] });
    return ops;
  }
  if (isObject(from) && isObject(to)) {
    const ops: PatchOperation[] = [];
    for (const key of Object.keys(from)) {
      if (!Object.hasOwn(to, key)) ops.push({ op: 'remove', path: `${path}/${escapePointer(key)}` });
      else ops.push(...diff(from[key], to[key], `${path}/${escapePointer(key)}`));
    }
    for (const key of Object.keys(to)) {
      if (!Object.hasOwn(from, key)) ops.push({ op: 'add', path: `${path}/${escapePointer(key)}`, value: to[key] });
    }
    return ops;
  }
  return [{ op: 'replace', path, value: to }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
