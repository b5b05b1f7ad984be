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

/** A source of numbers in [0, 1): `seededGenerator(seed, stream)` from the kit, for reproducible cases. */
export type Random = () => number;

const EDGE_STRINGS = ['', ' ', 'x', '0', '-1', 'None', 'null', 'ÄÖü 東京', '  padded  ', '__proto__', 'a'.repeat(300)];
const EDGE_NUMBERS = [0, -1, 1, 2, 3, 10, 100, 0.5, -0.5, 1e6, 2 ** 53 + 2, 1e21];

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * Arguments for comparing an environment with its reference: each optional argument present about
 * half the time, values drawn from the state (so ids exist), from edge values of the type, or written
 * the lax way (numbers as text, objects as JSON text) — every one accepted or refused the same way by
 * both sides, or a difference worth knowing.
 */
export function randomArguments(schema: JsonSchema, state: unknown, random: Random): Record<string, unknown> {
  const samples = sampleValues(state);
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const args: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (!required.has(name) && random() < 0.5) continue;
    args[name] = randomValue(name, property, samples, random);
  }
  return args;
}

function randomValue(name: string, schema: Schema, samples: Map<string, unknown[]>, random: Random): unknown {
  const nullable = Array.isArray(schema.anyOf) && (schema.anyOf as Schema[]).some((b) => b.type === 'null');
  if (nullable && random() < 0.1) return null;
  const branch = Array.isArray(schema.anyOf) ? ((schema.anyOf as Schema[]).find((b) => b.type !== 'null') ?? {}) : schema;
  const seen = (samples.get(name) ?? []).filter((value) => matches(branch, value));
  const roll = random();
  if (seen.length > 0 && roll < 0.55) return pick(random, seen);
  switch (branch.type) {
    case 'string': {
      const related = [...samples.values()].flat().filter((value): value is string => typeof value === 'string');
      return roll < 0.75 && related.length > 0 ? pick(random, related) : pick(random, EDGE_STRINGS);
    }
    case 'integer': {
      const value = Math.trunc(pick(random, EDGE_NUMBERS));
      return roll > 0.9 ? String(value) : value;
    }
    case 'number': {
      const value = pick(random, EDGE_NUMBERS);
      return roll > 0.9 ? String(value) : value;
    }
    case 'boolean':
      return roll > 0.9 ? pick(random, ['true', 'no', 1, 0]) : random() < 0.5;
    case 'array': {
      const items = (branch.items ?? {}) as Schema;
      const length = Math.floor(random() * 3);
      const list = Array.from({ length }, () => (items.type ? randomValue(name, items, samples, random) : pick(random, EDGE_STRINGS)));
      return roll > 0.95 ? JSON.stringify(list) : list;
    }
    case 'object': {
      const object = seen.length > 0 ? pick(random, seen) : {};
      return roll > 0.95 ? JSON.stringify(object) : object;
    }
    default:
      return pick(random, EDGE_STRINGS);
  }
}
