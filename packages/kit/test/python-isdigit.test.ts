import { describe, expect, it } from 'vitest';
import { pythonIsDecimal, pythonIsDigit } from '../src/index.js';

// Expected values were observed from CPython 3.11.
describe('pythonIsDigit / pythonIsDecimal', () => {
  it.each([
    ['', false, false],
    ['123', true, true],
    ['٣٤', true, true],
    ['１２', true, true],
    ['𝟘', true, true],
    ['²', true, false],
    ['1²', true, false],
    ['①', true, false],
    ['₅', true, false],
    ['🄁', true, false],
    ['½', false, false],
    ['-1', false, false],
    [' 1', false, false],
    ['1_0', false, false],
    ['一', false, false],
  ])('%j: isdigit %s, isdecimal %s', (text, digit, decimal) => {
    expect(pythonIsDigit(text)).toBe(digit);
    expect(pythonIsDecimal(text)).toBe(decimal);
  });
});
