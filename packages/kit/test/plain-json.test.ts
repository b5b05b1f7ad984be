import { describe, expect, it } from 'vitest';
import { toPlainJson } from '../src/plain-json.js';

describe('toPlainJson', () => {
  it('keeps "__proto__" and "constructor" keys of a result as entries, and sets no prototype', () => {
    // A scenario map keyed by ids a caller chose, returned whole by a tool.
    const map = JSON.parse('{"__proto__": {"glyph": "P"}, "constructor": {"glyph": "C"}, "home": {"glyph": "H"}}');
    const plain = toPlainJson(map) as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual(['__proto__', 'constructor', 'home']);
    expect(Object.getOwnPropertyDescriptor(plain, '__proto__')?.value).toEqual({ glyph: 'P' });
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(plain))).toEqual(map);
  });
});
