/**
 * Copies a handler's result into plain JSON while the Immer draft it may point into is still
 * alive (drafts are revoked when the step ends). Mirrors what the reference's MCP layer emits:
 * `undefined` members are dropped, non-finite numbers become strings like Python's ("inf", "nan").
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function toPlainJson(value: unknown): JsonValue {
  try {
    return copy(value);
  } catch (error) {
    // The copy keeps no path as it goes (every call's result passes through here); the rare
    // failure walks again to say where the value was.
    if (error instanceof NoJsonForm)
      throw new TypeError(`${pathTo(value, error.value) ?? 'result'} is a ${typeof error.value}, which has no JSON form`);
    throw error;
  }
}

class NoJsonForm extends Error {
  constructor(readonly value: unknown) {
    super('no JSON form');
  }
}

function copy(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value;
      return Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
    case 'bigint':
      return Number(value);
    case 'object': {
      if (Array.isArray(value)) {
        const out = new Array<JsonValue>(value.length);
        for (let i = 0; i < value.length; i++) out[i] = copy(value[i]);
        return out;
      }
      if (value instanceof Date) return value.toISOString();
      const out: { [key: string]: JsonValue } = {};
      for (const key of Object.keys(value)) {
        const member = (value as Record<string, unknown>)[key];
        if (member === undefined) continue;
        const plain = copy(member);
        // Assigning "__proto__" would replace the result's prototype and drop the entry (an id a
        // caller chose, in a map a tool returns whole); defined, it is a key like any other.
        if (key === '__proto__') Object.defineProperty(out, key, { value: plain, enumerable: true, writable: true, configurable: true });
        else out[key] = plain;
      }
      return out;
    }
    default:
      throw new NoJsonForm(value);
  }
}

/** Where `target` sits inside `value`, as `result.a[0].b`; undefined when it is not found. */
function pathTo(value: unknown, target: unknown, path = 'result'): string | undefined {
  if (value === target) return path;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pathTo(value[i], target, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const found = pathTo((value as Record<string, unknown>)[key], target, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}
