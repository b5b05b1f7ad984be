import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { argumentsJsonSchema, defaultNull, readArguments } from '../src/index.js';

describe('defaultNull', () => {
  const input = z.object({ city: defaultNull(z.string()), limit: defaultNull(z.int()) });
  const schema = argumentsJsonSchema(input);

  it('publishes the plain type with a null default, as pydantic does for `x: T = None`', () => {
    expect(schema.properties).toEqual({ city: { type: 'string', default: null }, limit: { type: 'integer', default: null } });
    expect(schema.required ?? []).toEqual([]);
  });

  it('gives null when the argument is omitted and the value when it is given', () => {
    expect(readArguments(input, schema, {})).toEqual({ ok: true, value: { city: null, limit: null } });
    expect(readArguments(input, schema, { city: 'Oslo', limit: '3' })).toEqual({ ok: true, value: { city: 'Oslo', limit: 3 } });
  });

  it('refuses an explicit null, as the published type has no null branch', () => {
    const reading = readArguments(input, schema, { city: null });
    expect(reading.ok).toBe(false);
  });
});
