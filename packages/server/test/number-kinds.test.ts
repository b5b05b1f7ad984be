/**
 * Which whole numbers the EnvFactory endpoint prints as floats: read from a scenario's JSON Schema
 * (a `number` field is a pydantic float, an `integer` one an int), through records, lists,
 * nullable fields and references, and, for tool results, by key.
 */
import { argumentsJsonSchema } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pydanticJson } from '../src/envfactory/fastmcp-content.js';
import { resultLens, schemaLens, schemaTypesAt } from '../src/envfactory/number-kinds.js';

const order = z.object({ total: z.number(), count: z.int(), note: z.string().nullable() });
const scenario = z.object({
  orders: z.record(z.string(), order).default(() => ({})),
  rates: z.array(z.number().nullable()).default(() => []),
  pair: z.tuple([z.int(), z.number()]).default([0, 0]),
  extra: z.record(z.string(), z.unknown()).default(() => ({})),
  // `size` means a float here and an int below: a result's `size` is not guessed.
  box: z.object({ size: z.number(), weight: z.number() }).default({ size: 0, weight: 0 }),
  shelf: z.object({ size: z.int() }).default({ size: 0 }),
});
const schema = argumentsJsonSchema(scenario);

describe('schemaLens (a saved state)', () => {
  it('prints number fields as floats and integer fields as ints, in records, lists and tuples', () => {
    const state = { orders: { a: { total: 10, count: 3, note: null } }, rates: [1, null, 0.5], pair: [2, 3], extra: { n: 4 } };
    expect(JSON.parse(pydanticJson(state, schemaLens(schema)))).toEqual(state);
    expect(pydanticJson(state, schemaLens(schema))).toBe(
      [
        '{',
        '  "orders": {',
        '    "a": {',
        '      "total": 10.0,',
        '      "count": 3,',
        '      "note": null',
        '    }',
        '  },',
        '  "rates": [',
        '    1.0,',
        '    null,',
        '    0.5',
        '  ],',
        '  "pair": [',
        '    2,',
        '    3.0',
        '  ],',
        '  "extra": {',
        '    "n": 4',
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it('tells the types at a path, for wording refusals', () => {
    expect(schemaTypesAt(schema, ['orders', 'x', 'count'])).toEqual(['integer']);
    expect(schemaTypesAt(schema, ['rates', 7])).toEqual(['number', 'null']);
    expect(schemaTypesAt(schema, ['extra', 'n'])).toEqual([]);
  });
});

describe('resultLens (a tool result)', () => {
  it('reads a key the scenario uses with one meaning wherever it appears', () => {
    const result = { found: [{ total: 5, count: 5 }], summary: { orders: { b: { total: 7, count: 1, note: 'x' } } } };
    const text = pydanticJson(result, resultLens(schema));
    expect(text).toContain('"total": 5.0');
    expect(text).toContain('"total": 7.0');
    expect(text).toContain('"count": 5\n');
  });

  it('leaves an int under a key the scenario declares both ways, and under unknown keys', () => {
    const text = pydanticJson({ size: 2, weight: 2, elsewhere: 2 }, resultLens(schema));
    expect(text).toBe('{\n  "size": 2,\n  "weight": 2.0,\n  "elsewhere": 2\n}');
  });
});
