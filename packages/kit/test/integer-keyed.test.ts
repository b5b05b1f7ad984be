import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { integerKeyed } from '../src/index.js';

describe('integerKeyed', () => {
  const map = integerKeyed(z.object({ title: z.string() }));

  it('reads keys as Python ints and writes them back as their digits', () => {
    expect(map.parse({ '007': { title: 'a' }, ' 12 ': { title: 'b' }, '1_0': { title: 'c' }, '3.0': { title: 'd' } })).toEqual({
      '7': { title: 'a' },
      '12': { title: 'b' },
      '10': { title: 'c' },
      '3': { title: 'd' },
    });
  });

  it('keeps the last entry when two keys are the same number, and refuses keys that are not ints', () => {
    expect(map.parse({ '1': { title: 'first' }, '01': { title: 'second' } })).toEqual({ '1': { title: 'second' } });
    const refused = map.safeParse({ abc: { title: 'x' }, '1.': { title: 'y' } });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['abc', '1.']);
  });
});
