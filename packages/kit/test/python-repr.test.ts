import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  emptyMap,
  hasEntry,
  ownEntry,
  pythonFloatRepr,
  pythonRepr,
  pythonStr,
  pythonTruthy,
  utf8Length,
} from '../src/index.js';

describe('pythonRepr / pythonStr', () => {
  it('writes JSON values as Python prints them', () => {
    expect(pythonRepr(null)).toBe('None');
    expect(pythonRepr(true)).toBe('True');
    expect(pythonRepr([1, 'a', false, null])).toBe("[1, 'a', False, None]");
    expect(pythonRepr({ a: 1, b: [2.5, { c: 'x' }] })).toBe("{'a': 1, 'b': [2.5, {'c': 'x'}]}");
    expect(pythonStr('plain')).toBe('plain');
    expect(pythonStr({ k: 'v' })).toBe("{'k': 'v'}");
  });

  it('quotes and escapes strings as repr() does', () => {
    expect(pythonRepr("it's")).toBe(`"it's"`);
    expect(pythonRepr(`it's "x"`)).toBe(`'it\\'s "x"'`);
    expect(pythonRepr('a\nb\t\\')).toBe("'a\\nb\\t\\\\'");
    expect(pythonRepr('\u0007\u00a0\u200b😀')).toBe("'\\x07\\xa0\\u200b😀'");
  });

  it('writes ints with the digits JSON carried, and floats as float.__repr__', () => {
    expect(pythonRepr(12345678901234567000)).toBe('12345678901234567000');
    expect(pythonRepr(1e21)).toBe('1e+21');
    expect(pythonFloatRepr(1)).toBe('1.0');
    expect(pythonFloatRepr(0.0001)).toBe('0.0001');
    expect(pythonFloatRepr(0.00001)).toBe('1e-05');
    expect(pythonFloatRepr(1e16)).toBe('1e+16');
    expect(pythonFloatRepr(123456789012345.6)).toBe('123456789012345.6');
    expect(pythonFloatRepr(-0)).toBe('-0.0');
    expect(pythonFloatRepr(Number.POSITIVE_INFINITY)).toBe('inf');
    expect(pythonRepr(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('has Python truthiness', () => {
    for (const falsy of [null, false, 0, '', [], {}]) expect(pythonTruthy(falsy)).toBe(false);
    for (const truthy of ['0', [0], { a: null }, -1, true]) expect(pythonTruthy(truthy)).toBe(true);
  });
});

describe('lengths as Python counts them', () => {
  it('counts UTF-8 bytes and code points', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('\ud800')).toBe(3);
    expect(utf8Length('é😀x')).toBe(Buffer.byteLength('é😀x'));
    expect(codePointLength('😀a')).toBe(2);
    expect('😀a'.length).toBe(3);
  });
});

describe('own-key lookups', () => {
  it('never finds inherited members', () => {
    const map: Record<string, number> = { a: 1 };
    expect(ownEntry(map, 'a')).toBe(1);
    expect(ownEntry(map, 'constructor')).toBeUndefined();
    expect(ownEntry(map, 'toString')).toBeUndefined();
    expect(hasEntry(map, '__proto__')).toBe(false);
    const withProto = JSON.parse('{"__proto__": 7}') as Record<string, number>;
    expect(ownEntry(withProto, '__proto__')).toBe(7);
  });

  it('makes new maps in which "__proto__" is an ordinary key', () => {
    const map = emptyMap<number>();
    const protoKey = '__proto__';
    map[protoKey] = 1;
    map['constructor'] = 2;
    expect(Object.keys(map)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(map)).toBeNull();
  });
});
