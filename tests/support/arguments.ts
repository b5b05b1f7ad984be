import type { JsonSchema } from '@envfleet/kit';

type Schema = Record<string, unknown>;

/**
 * Arguments that fit a tool's schema, preferring values that exist in the state (a parameter
 * named `order_id` takes an `order_id` found in the scenario), so that generated calls reach the
 * tool's real logic instead of stopping at "not found".
 */
export function plausibleArguments(schema: JsonSchema, state: unknown): Record<string, unknown> {
  const samples = sampleValues(state);
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const args: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (!required.has(name)) continue;
    args[name] = valueFor(name, property, samples);
  }
  return args;
}

function valueFor(name: string, schema: Schema, samples: Map<string, unknown[]>): unknown {
  const branch = Array.isArray(schema.anyOf) ? ((schema.anyOf as Schema[]).find((b) => b.type !== 'null') ?? {}) : schema;
  const seen = samples.get(name)?.find((value) => matches(branch, value));
  if (seen !== undefined) return seen;
  switch (branch.type) {
    case 'string':
      return 'sample';
    case 'integer':
      return 1;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return 'sample';
  }
}

function matches(schema: Schema, value: unknown): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return false;
  }
}

function sampleValues(state: unknown): Map<string, unknown[]> {
  const samples = new Map<string, unknown[]>();
  const visit = (node: unknown, depth: number) => {
    if (depth > 8 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 20)) visit(item, depth + 1);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const list = samples.get(key) ?? [];
        if (list.length < 5) list.push(value);
        samples.set(key, list);
      }
      visit(value, depth + 1);
    }
  };
  visit(state, 0);
  return samples;
}

/** A value of the wrong JSON type for a schema, which lax reading must still reject. */
export function wrongTypeValue(schema: Schema): unknown {
  const branch = Array.isArray(schema.anyOf) ? ((schema.anyOf as Schema[]).find((b) => b.type !== 'null') ?? {}) : schema;
  switch (branch.type) {
    case 'string':
      return { not: 'a string' };
    case 'integer':
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'maybe';
    case 'array':
      return 42;
    case 'object':
      return 42;
    default:
      return undefined;
  }
}
