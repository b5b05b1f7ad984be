import { describe, expect, it } from 'vitest';
import { pythonRound } from '../src/python-round.js';

// Expected values printed by CPython 3.
describe('pythonRound', () => {
  it('rounds the exact binary value, ties to even', () => {
    expect(pythonRound(2.675, 2)).toBe(2.67);
    expect(pythonRound(0.125, 2)).toBe(0.12);
    expect(pythonRound(0.375, 2)).toBe(0.38);
    expect(pythonRound(1.005, 2)).toBe(1);
    expect(pythonRound(0.006636363636363636, 4)).toBe(0.0066);
    expect(pythonRound(720.0000000000001, 2)).toBe(720);
  });

  it('keeps the sign of a negative value rounded to zero', () => {
    expect(Object.is(pythonRound(-0.001, 2), -0)).toBe(true);
  });

  it('leaves large values and non-finite values as they are', () => {
    expect(pythonRound(1e20, 2)).toBe(1e20);
    expect(pythonRound(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(pythonRound(Number.NaN, 2)).toBeNaN();
  });
});
