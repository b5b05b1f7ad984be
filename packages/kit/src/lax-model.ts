import type { z } from 'zod';
import { argumentsJsonSchema, type JsonSchema } from './json-schema.js';
import { coerceLax } from './lax-arguments.js';

export type LaxModelReading<T> = { ok: true; value: T } | { ok: false; message: string };

const schemas = new WeakMap<z.ZodObject, JsonSchema>();

/**
 * Reads a caller-supplied object into a model the way the reference builds one inside a tool
 * (`Item(**item)`, pydantic lax mode): "2", 2.0 and true are 2/2/1 for an int field, unknown fields
 * are dropped. A value that is not an object, or a field that does not fit, gives a message naming
 * the field, for the tool to wrap in its own error.
 */
export function readLaxModel<S extends z.ZodObject>(schema: S, value: unknown): LaxModelReading<z.output<S>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: `expected an object, got ${describe(value)}` };
  }
  let jsonSchema = schemas.get(schema);
  if (!jsonSchema) {
    jsonSchema = argumentsJsonSchema(schema);
    schemas.set(schema, jsonSchema);
  }
  const parsed = schema.safeParse(coerceLax(jsonSchema, value));
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'value';
  return { ok: false, message: `${field}: ${issue?.message ?? 'invalid'}` };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}
