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

  it('drops undefined members, spells non-finite numbers as Python does, and names where a value has no JSON form', () => {
    expect(toPlainJson({ a: undefined, b: [1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY] })).toEqual({
      b: [1, 'nan', 'inf', '-inf'],
    });
    expect(() => toPlainJson({ orders: [{ id: 'o1' }, { id: 'o2', total: () => 3 }] })).toThrow(
      'result.orders[1].total is a function, which has no JSON form',
    );
    expect(() => toPlainJson(Symbol('x'))).toThrow('result is a symbol, which has no JSON form');
  });
});
