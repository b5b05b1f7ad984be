import type { JsonSchema } from '@envfleet/kit';

/**
 * What a schema that accepts any value is typed as: every JSON type (`integer` is within `number`).
 * Trainers' schema models (verl's) refuse a property without a `type`, so "anything" is spelled out.
 */
export const ANY_JSON_TYPE = ['string', 'number', 'boolean', 'object', 'array', 'null'] as const;

/** Keywords whose value is a map of subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions']);
/** Keywords whose value is one subschema (or, for `items`, possibly a list of them). */
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'contains', 'not']);

/**
 * The schema with a `type` on every (sub)schema that describes a value — the root, each property
 * at any depth, array items, additional properties — and no `anyOf`/`oneOf`: a union of plain
 * branches becomes one schema whose `type` lists the branches' types (`anyOf [{type: string},
 * {type: null}]` → `type: ["string", "null"]`), keeping the keywords of the branch they came from
 * (an array branch's `items`). Keywords two branches give differently are dropped, which only
 * widens what the schema accepts. The input is not changed.
 */
export function typedSchema(schema: unknown): JsonSchema {
  return typeNode(schema);
}

function typeNode(node: unknown): JsonSchema {
  // `true` and `{}` accept anything; `false` cannot be a tool's argument and is read the same.
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return { type: [...ANY_JSON_TYPE] };
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (key === 'anyOf' || key === 'oneOf') continue;
    out[key] = typeKeyword(key, value);
  }
  const union = (node as JsonSchema).anyOf ?? (node as JsonSchema).oneOf;
  if (Array.isArray(union) && union.length > 0) mergeBranches(out, union.map(typeNode));
  if (out.type === undefined) out.type = inferredType(out);
  return out;
}

function typeKeyword(key: string, value: unknown): unknown {
  if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value as JsonSchema).map(([name, sub]) => [name, typeNode(sub)]));
  }
  if (key === 'prefixItems' && Array.isArray(value)) return value.map(typeNode);
  if (SCHEMA_VALUES.has(key)) {
    // `additionalProperties: true|false` is a switch, not a value's schema: kept as written.
    if (typeof value === 'boolean') return value;
    return Array.isArray(value) ? value.map(typeNode) : typeNode(value);
  }
  return value;
}

/** Folds typed branches into `out`: their types united, their other keywords kept where they agree. */
function mergeBranches(out: JsonSchema, branches: JsonSchema[]): void {
  const types: string[] = [];
  for (const branch of branches) {
    for (const type of typeList(branch.type)) if (!types.includes(type)) types.push(type);
  }
  const conflicting = new Set<string>();
  const merged: JsonSchema = {};
  for (const branch of branches) {
    for (const [key, value] of Object.entries(branch)) {
      if (key === 'type' || key in out) continue;
      if (key in merged && !sameJson(merged[key], value)) conflicting.add(key);
      else merged[key] = value;
    }
  }
  for (const [key, value] of Object.entries(merged)) if (!conflicting.has(key)) out[key] = value;
  if (out.type === undefined) out.type = types.length === 1 ? types[0] : types;
}

function typeList(type: unknown): string[] {
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [...ANY_JSON_TYPE];
}

/** A type for a schema that states none: from its `const`/`enum` values, its keywords, or any. */
function inferredType(schema: JsonSchema): string | string[] {
  const values = 'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
  if (values !== undefined && values.length > 0) {
    const types = [...new Set(values.map(jsonTypeOf))];
    return types.length === 1 ? (types[0] as string) : types;
  }
  if (schema.properties !== undefined || schema.additionalProperties !== undefined || schema.required !== undefined) return 'object';
  if (schema.items !== undefined || schema.prefixItems !== undefined) return 'array';
  return [...ANY_JSON_TYPE];
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
