/**
 * Copies a handler's result into plain JSON while the Immer draft it may point into is still
 * alive (drafts are revoked when the step ends). Mirrors what the reference's MCP layer emits:
 * `undefined` members are dropped, non-finite numbers become strings like Python's ("inf", "nan").
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function toPlainJson(value: unknown, path = 'result'): JsonValue {
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
      if (Array.isArray(value)) return value.map((item, i) => toPlainJson(item, `${path}[${i}]`));
      if (value instanceof Date) return value.toISOString();
      const out: { [key: string]: JsonValue } = {};
      for (const key of Object.keys(value)) {
        const member = (value as Record<string, unknown>)[key];
        if (member === undefined) continue;
        const plain = toPlainJson(member, `${path}.${key}`);
        // Assigning "__proto__" would replace the result's prototype and drop the entry (an id a
        // caller chose, in a map a tool returns whole); defined, it is a key like any other.
        if (key === '__proto__') Object.defineProperty(out, key, { value: plain, enumerable: true, writable: true, configurable: true });
        else out[key] = plain;
      }
      return out;
    }
    default:
      throw new TypeError(`${path} is a ${typeof value}, which has no JSON form`);
  }
}
