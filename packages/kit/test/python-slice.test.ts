import { describe, expect, it } from 'vitest';
import { pythonSlice } from '../src/index.js';

// Expected values were observed from CPython 3.11, for xs = [0, 1, 2, 3, 4].
describe('pythonSlice', () => {
  const xs = [0, 1, 2, 3, 4];

  it.each([
    [null, 3, [0, 1, 2]],
    [null, -1, [0, 1, 2, 3]],
    [null, 0, []],
    [null, -0, []],
    [null, 10, [0, 1, 2, 3, 4]],
    [-2, null, [3, 4]],
    [-10, 2, [0, 1]],
    [3, 1, []],
    [null, -10, []],
    [1, null, [1, 2, 3, 4]],
    [4, 5, [4]],
    [5, 9, []],
    [null, null, [0, 1, 2, 3, 4]],
  ] as [number | null, number | null, number[]][])('xs[%s:%s] is %j', (start, stop, expected) => {
    expect(pythonSlice(xs, start, stop)).toEqual(expected);
  });

  it('returns a new array and leaves the input alone', () => {
    const copy = pythonSlice(xs, null, null);
    expect(copy).not.toBe(xs);
    expect(xs).toEqual([0, 1, 2, 3, 4]);
    expect(pythonSlice([], -1, 3)).toEqual([]);
  });
});
