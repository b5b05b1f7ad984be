import { describe, expect, it } from 'vitest';
import { formatFixed } from '../src/index.js';

// Expected strings were printed by CPython 3.11 (format(x, '.Nf')).
describe('formatFixed', () => {
  it.each([
    [0.125, 2, '0.12'],
    [0.375, 2, '0.38'],
    [2.675, 2, '2.67'],
    [1.005, 2, '1.00'],
    [123456789.125, 2, '123456789.12'],
    [0.03125, 4, '0.0312'],
    [0.09375, 4, '0.0938'],
    [-0.09375, 4, '-0.0938'],
    [-74.006, 4, '-74.0060'],
    [48.8566, 4, '48.8566'],
    [0.5, 0, '0'],
    [1.5, 0, '2'],
    [2.5, 0, '2'],
    [-0.5, 0, '-0'],
    [0.1, 30, '0.100000000000000005551115123126'],
  ])('rounds %s to %s decimals as %s (exact value, ties to even)', (x, decimals, expected) => {
    expect(formatFixed(x, decimals)).toBe(expected);
  });

  it('keeps the sign of negative zero and of negatives that round to zero', () => {
    expect(formatFixed(-0, 2)).toBe('-0.00');
    expect(formatFixed(-0.001, 2)).toBe('-0.00');
    expect(formatFixed(-0.00001, 4)).toBe('-0.0000');
    expect(formatFixed(0, 0)).toBe('0');
  });

  it('writes huge and tiny values without an exponent', () => {
    expect(formatFixed(1e22, 4)).toBe('10000000000000000000000.0000');
    expect(formatFixed(1e21, 0)).toBe('1000000000000000000000');
    expect(formatFixed(Number.MAX_VALUE, 2)).toBe(`${BigInt(Number.MAX_VALUE)}.00`);
    expect(formatFixed(5e-324, 2)).toBe('0.00');
    expect(formatFixed(1e-7, 4)).toBe('0.0000');
  });

  it('prints non-finite values as Python does', () => {
    expect(formatFixed(Number.POSITIVE_INFINITY, 2)).toBe('inf');
    expect(formatFixed(Number.NEGATIVE_INFINITY, 4)).toBe('-inf');
    expect(formatFixed(Number.NaN, 2)).toBe('nan');
  });

  it('agrees with toFixed wherever the value is not an exact tie', () => {
    for (const x of [0.1, 0.7, 1.23456, 99.995, 1234.5678, 6.02214, 0.004999]) {
      for (const decimals of [0, 1, 2, 4]) expect(formatFixed(x, decimals)).toBe(x.toFixed(decimals));
    }
  });

  it('refuses a decimals count that is not a non-negative integer', () => {
    expect(() => formatFixed(1, -1)).toThrow(RangeError);
    expect(() => formatFixed(1, 1.5)).toThrow(RangeError);
  });
});
