import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { argumentsJsonSchema } from '../src/json-schema.js';
import { readArguments } from '../src/lax-arguments.js';

const input = z.object({
  name: z.string(),
  count: z.int().default(1),
  ratio: z.number().nullable().default(null),
  flag: z.boolean().default(false),
  tags: z.array(z.string()).nullable().default(null),
  filters: z.record(z.string(), z.any()).nullable().default(null),
  ids: z.array(z.int()).default([]),
});
const schema = argumentsJsonSchema(input);
const read = (raw: unknown) => readArguments(input, schema, raw);

describe('argumentsJsonSchema', () => {
  it('speaks the pydantic dialect the catalog uses', () => {
    expect(schema).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string' },
        count: { default: 1, type: 'integer' },
        ratio: { default: null, anyOf: [{ type: 'number' }, { type: 'null' }] },
        flag: { default: false, type: 'boolean' },
        tags: { default: null, anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] },
        filters: { default: null, anyOf: [{ type: 'object', additionalProperties: true }, { type: 'null' }] },
        ids: { default: [], type: 'array', items: { type: 'integer' } },
      },
      required: ['name'],
    });
  });
});

describe('readArguments (pydantic lax mode)', () => {
  it('fills defaults and ignores unknown names', () => {
    expect(read({ name: 'a', surprise: 1 })).toEqual({
      ok: true,
      value: { name: 'a', count: 1, ratio: null, flag: false, tags: null, filters: null, ids: [] },
    });
  });

  it('reads numeric strings and integral floats as numbers', () => {
    const reading = read({ name: 'a', count: ' 7 ', ratio: '2.5', ids: ['1', 2.0, '3_000'] });
    expect(reading).toMatchObject({ ok: true, value: { count: 7, ratio: 2.5, ids: [1, 2, 3000] } });
    expect(read({ name: 'a', count: 5.0 })).toMatchObject({ ok: true, value: { count: 5 } });
    expect(read({ name: 'a', count: '5.0' })).toMatchObject({ ok: true, value: { count: 5 } });
  });

  it('reads the boolean words pydantic accepts', () => {
    for (const [given, expected] of [
      ['yes', true],
      ['off', false],
      [1, true],
      ['True', true],
      [0, false],
    ] as const) {
      expect(read({ name: 'a', flag: given })).toMatchObject({ ok: true, value: { flag: expected } });
    }
  });

  it('parses JSON strings for array and object parameters', () => {
    expect(read({ name: 'a', tags: '["x","y"]', filters: '{"k":1}' })).toMatchObject({
      ok: true,
      value: { tags: ['x', 'y'], filters: { k: 1 } },
    });
  });

  it('accepts null only where the type allows it, as pydantic does', () => {
    expect(read({ name: 'a', ratio: null, tags: null })).toMatchObject({ ok: true, value: { ratio: null, tags: null } });
    expect(read({ name: 'a', count: null })).toEqual({ ok: false, message: 'Invalid argument "count": expected integer, got null' });
    expect(read({ name: 'a', tags: 'null' })).toMatchObject({ ok: true, value: { tags: null } });
  });

  it('refuses what pydantic refuses, naming the argument', () => {
    expect(read({ name: 5 })).toEqual({ ok: false, message: 'Invalid argument "name": expected string, got number 5' });
    expect(read({})).toEqual({ ok: false, message: 'Missing required argument "name"' });
    expect(read({ name: 'a', count: 5.5 })).toMatchObject({ ok: false, message: expect.stringContaining('"count"') });
    expect(read({ name: 'a', count: '1e3' })).toMatchObject({ ok: false, message: expect.stringContaining('"count"') });
    expect(read({ name: 'a', count: '5.' })).toMatchObject({ ok: false, message: expect.stringContaining('"count"') });
    expect(read({ name: 'a', flag: 2 })).toMatchObject({ ok: false, message: expect.stringContaining('"flag"') });
    expect(read({ name: 'a', flag: ' true ' })).toMatchObject({ ok: false, message: expect.stringContaining('"flag"') });
    expect(read({ name: 'a', tags: ['x', 1] })).toMatchObject({ ok: false, message: expect.stringContaining('tags[1]') });
    expect(read({ name: null })).toMatchObject({ ok: false, message: expect.stringContaining('"name"') });
    expect(read([1, 2])).toEqual({ ok: false, message: 'Arguments must be a JSON object, got an array' });
  });
});

describe('readArguments on long lists of invalid items', () => {
  const input = z.object({ drugs: z.array(z.enum(['aspirin', 'warfarin'])).optional(), note: z.string() });
  const schema = argumentsJsonSchema(input);

  it('explains the first five problems and says there are more, instead of one line per item', () => {
    const drugs = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? 'aspirin' : null));
    const reading = readArguments(input, schema, { drugs, note: 'x' });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    const parts = reading.message.split('; ');
    expect(parts.slice(0, 5)).toEqual(
      [0, 2, 4, 6, 8].map((i) => `Invalid argument "drugs[${i}]": Invalid option: expected one of "aspirin"|"warfarin"`),
    );
    expect(parts.slice(5)).toEqual(['and more invalid items in "drugs" after these']);
  });

  it('counts the problems past the fifth when they are not in one list', () => {
    const wide = z.object({ a: z.int(), b: z.int(), c: z.int(), d: z.int(), e: z.int(), f: z.int(), g: z.int() });
    const reading = readArguments(wide, argumentsJsonSchema(wide), {});
    expect(reading.ok).toBe(false);
    if (!reading.ok)
      expect(reading.message).toBe(
        ['a', 'b', 'c', 'd', 'e']
          .map((n) => `Missing required argument "${n}"`)
          .concat('and 2 more problems')
          .join('; '),
      );
  });

  it('reads a long valid list whole, and reports a list with few bad items exactly as before', () => {
    const drugs = Array.from({ length: 100_000 }, () => 'warfarin');
    expect(readArguments(input, schema, { drugs, note: 'x' })).toEqual({ ok: true, value: { drugs, note: 'x' } });
    const few = readArguments(input, schema, { drugs: [...drugs, 'tea', 'coffee'], note: 'x' });
    expect(few.ok).toBe(false);
    if (!few.ok) expect(few.message.split('; ')).toHaveLength(2);
  });
});
