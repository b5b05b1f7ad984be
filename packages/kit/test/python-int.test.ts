import { describe, expect, it } from 'vitest';
import { parsePythonInt } from '../src/index.js';

// Expected values were observed from CPython 3.11's int().
describe('parsePythonInt', () => {
  it.each([
    ['7', 7n],
    [' 7 ', 7n],
    ['+7', 7n],
    ['-7', -7n],
    ['007', 7n],
    ['1_000', 1000n],
    ['٣٤', 34n],
    ['𝟙𝟚', 12n],
    ['\u00a05\u3000', 5n],
    ['\x855', 5n],
    ['99999999999999999999999', 99999999999999999999999n],
  ])('reads %j as %s', (text, expected) => {
    expect(parsePythonInt(text)).toBe(expected);
  });

  it.each(['', '  ', '1.0', '0x10', '- 5', '+', '1__0', '_1', '1_', '\x1c5', '5\x1c', 'abc', '1e3'])(
    'refuses %j as Python does',
    (text) => {
      expect(parsePythonInt(text)).toBeUndefined();
    },
  );
});

describe('parsePythonInt on long inputs', () => {
  it('trims a million spaces followed by text at once (no quadratic trimming)', () => {
    expect(parsePythonInt(`${' '.repeat(1_000_000)}7x`)).toBeUndefined();
    expect(parsePythonInt(`7${' '.repeat(1_000_000)}x`)).toBeUndefined();
    expect(parsePythonInt(` 7${' '.repeat(1_000_000)}`)).toBe(7n);
  });
});
