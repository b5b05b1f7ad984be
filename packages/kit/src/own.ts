// Scenario maps are keyed by ids that come from callers, so an id may be "constructor" or
// "__proto__". Lookups must see own entries only — `map[id]` alone would find Object.prototype's
// members on ordinary objects — and these two say so in one word.

/** The entry of `map` stored under `key` itself, or undefined (never an inherited member). */
export function ownEntry<V>(map: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Whether `map` has an entry of its own under `key` (Python's `key in dict`). */
export function hasEntry(map: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(map, key);
}

/**
 * A new id-keyed map to put in the state (a map a handler creates, like a base's first table). It has
 * no prototype, as loaded scenario maps have none, so any id — "__proto__" included — is an ordinary key.
 */
export function emptyMap<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}
