import type { Random } from './random.js';
import { type Schema, branchesOf, parametersOf } from './schema-shape.js';
import { candidatesFor, type StatePools } from './state-pools.js';

/**
 * Arguments valid by the tool's schema, naming things of the demo world where the state has a
 * value for the parameter's name. `optional`: the share of optional parameters given.
 */
export function plausibleArguments(inputSchema: Schema, pools: StatePools, random: Random, optional = 0.5): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const parameter of parametersOf(inputSchema)) {
    if (!parameter.required && !random.chance(optional)) continue;
    args[parameter.name] = plausibleValue(parameter.schema, parameter.name, pools, random, 0);
  }
  return args;
}

export function plausibleValue(schema: Schema, name: string, pools: StatePools, random: Random, depth: number): unknown {
  const { branches, nullable } = branchesOf(schema);
  if (nullable && random.chance(0.1)) return null;
  const branch = random.pick(branches);
  if (Array.isArray(branch.enum) && branch.enum.length) return random.pick(branch.enum as unknown[]);
  if ('const' in branch) return branch.const;
  const seen = candidatesFor(pools, name).filter((value) => fits(branch, value));
  if (seen.length && random.chance(0.8)) return random.pick(seen);
  switch (branch.type) {
    case 'string':
      return random.pick(pools.strings.length && random.chance(0.5) ? pools.strings : WORDS);
    case 'integer':
      return random.pick([0, 1, 2, 3, 5, 10, 25, 100]);
    case 'number':
      return random.pick([0, 1, 1.5, 9.99, 42, 100.25]);
    case 'boolean':
      return random.chance(0.5);
    case 'array': {
      const items = (branch.items ?? {}) as Schema;
      const count = depth > 2 ? 0 : random.int(0, 3);
      return Array.from({ length: count }, () => plausibleValue(items, singular(name), pools, random, depth + 1));
    }
    case 'object':
      return plausibleObject(branch, pools, random, depth);
    default:
      return random.pick([...pools.strings.slice(0, 8), 'sample', 1, true]);
  }
}

function plausibleObject(schema: Schema, pools: StatePools, random: Random, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (depth > 2) return out;
  if (schema.properties) return plausibleArguments(schema, pools, random);
  const values = typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as Schema) : {};
  const count = random.int(0, 3);
  for (let i = 0; i < count; i++) {
    const key = pools.mapKeys.length ? random.pick(pools.mapKeys) : random.pick(WORDS);
    out[key] = plausibleValue(values, key, pools, random, depth + 1);
  }
  return out;
}

function fits(schema: Schema, value: unknown): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return false;
  }
}

/** `order_ids` → `order_id`: the element of a list parameter is named like one of it. */
function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : name;
}

const WORDS = ['sample', 'test', 'alpha', 'report', 'New York', 'café', '2025-03-14', 'a@b.co', 'x'];
