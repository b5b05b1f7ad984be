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
  return fastWithoutPrototype(out) as T;
}

/**
 * The same object in V8's fast layout. `Object.create(null)` objects, and objects given more than a
 * dozen keys one by one, live in dictionary mode: each read is a hash lookup and each copy rehashes
 * every key. A spread copy is laid out fast and stays fast once its prototype is dropped, so a loaded
 * world reads fast and its first copy in a write is cheap. The spread defines own data properties:
 * a "__proto__" key stays an ordinary key.
 */
function fastWithoutPrototype<T extends object>(value: T): T {
  return Object.setPrototypeOf({ ...value }, null) as T;
}
