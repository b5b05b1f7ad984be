import { hasEntry, ToolError } from '@envfleet/kit';

// champion_stats, summoner profiles and match history hold free-form JSON. The reference reads
// nested parts of it with dict methods, so a part that is not an object makes it fail; these helpers
// say so instead of guessing.

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `record.get(key, fallback)`: the own entry under `key`, else the fallback. */
export function entryOr(record: JsonObject, key: string, fallback: unknown): unknown {
  return hasEntry(record, key) ? record[key] : fallback;
}

/** A nested part that must be an object for the lookup to make sense. */
export function objectAt(value: unknown, where: string): JsonObject {
  if (!isJsonObject(value)) {
    throw new ToolError(`${where} must be an object in the scenario's champion_stats (found ${describe(value)}); fix the scenario data`);
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
