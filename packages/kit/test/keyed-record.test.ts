import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { keyedRecord } from '../src/index.js';

describe('keyedRecord', () => {
  const map = keyedRecord(z.object({ size: z.number() }));

  it('keeps a "__proto__" key as an ordinary entry, in order', () => {
    const parsed = map.parse(JSON.parse('{"a": {"size": 1}, "__proto__": {"size": 2}, "constructor": {"size": 3}}'));
    expect(Object.keys(parsed)).toEqual(['a', '__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).toEqual({ size: 2 });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('refuses what z.record refuses, naming the entry, including a bad "__proto__" entry', () => {
    expect(map.safeParse([]).success).toBe(false);
    const refused = map.safeParse(JSON.parse('{"__proto__": {"size": "big"}}'));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['__proto__.size']);
  });

  it('is described as a record, so scenarios are read the lax way', () => {
    expect(z.toJSONSchema(map, { io: 'input' })).toMatchObject({ type: 'object', additionalProperties: { type: 'object' } });
  });
});
