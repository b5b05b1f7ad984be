/**
 * A copy of parsed JSON whose objects have no prototype. Scenario maps are keyed by ids a model
 * chooses: with ordinary objects, `events["constructor"]` finds Object's constructor instead of
 * "no such event", and `events["__proto__"] = …` replaces the prototype instead of adding an entry.
 * Without a prototype, every key is just a key.
 */
export function withoutPrototypes<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(withoutPrototypes) as T;
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) out[key] = withoutPrototypes((value as Record<string, unknown>)[key]);
  return out as T;
}
