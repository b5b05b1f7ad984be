import { describe, expect, it } from 'vitest';
import { pythonEquals } from '../src/index.js';

// Expected values were observed from CPython 3.11's `==` on the same values loaded with json.loads.
describe('pythonEquals', () => {
  it.each([
    [1, 1.0, true],
    [true, 1, true],
    [false, 0, true],
    [true, 1.0, true],
    [false, null, false],
    [0, '', false],
    ['1', 1, false],
    [null, null, true],
    ['é', 'é', true],
    [[1, true], [1.0, 1], true],
    [[1, 2], [2, 1], false],
    [[1], [1, 1], false],
    [{ a: 1, b: [false] }, { b: [0], a: true }, true],
    [{ a: 1 }, { a: 1, b: null }, false],
    [{ a: null }, { b: null }, false],
    [{}, [], false],
    [[], [], true],
  ] as [unknown, unknown, boolean][])('%j == %j is %s', (a, b, expected) => {
    expect(pythonEquals(a, b)).toBe(expected);
    expect(pythonEquals(b, a)).toBe(expected);
  });

  it('sees only own keys, so a "constructor" key is an ordinary key', () => {
    expect(pythonEquals({ constructor: 1 }, {})).toBe(false);
    expect(pythonEquals(JSON.parse('{"__proto__": 1}'), JSON.parse('{"__proto__": 1}'))).toBe(true);
  });
});
