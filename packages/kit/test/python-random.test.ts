import { describe, expect, it } from 'vitest';
import { PythonRandom } from '../src/python-random.js';

// Expected values printed by CPython 3 after random.seed(seed).
describe('PythonRandom', () => {
  it('draws what random.randint draws after random.seed(n)', () => {
    const draws = (seed: number) => {
      const random = new PythonRandom(seed);
      return [random.randint(1000, 10000), random.randint(1, 6)];
    };
    expect(draws(0)).toEqual([7311, 4]);
    expect(draws(42)).toEqual([2824, 1]);
    expect(draws(43)).toEqual([1631, 3]);
  });

  it('seeds with |n| and with every 32-bit word of a large seed', () => {
    expect(new PythonRandom(-7).randint(1000, 10000)).toBe(6305);
    expect(new PythonRandom(2 ** 40 + 5).randint(1000, 10000)).toBe(9263);
    expect(new PythonRandom(123456789012345n).randint(1000, 10000)).toBe(4612);
  });

  it('continues the same stream for random()', () => {
    const random = new PythonRandom(42);
    random.randint(1000, 10000);
    random.randint(1, 6);
    expect(random.random()).toBe(0.7415504997598329);
  });

  it('refuses an empty range', () => {
    expect(() => new PythonRandom(1).randint(5, 4)).toThrow(RangeError);
  });
});
