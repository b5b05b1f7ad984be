/**
 * Parses JSON into deeply frozen values. Episode states are immutable and shared between versions,
 * snapshots and forks; freezing what comes back from a store keeps that promise for states that
 * crossed the network, as Immer does for the ones made in this process.
 */
export function parseFrozen<T = unknown>(text: string): T {
  return JSON.parse(text, freezeMember) as T;
}

// JSON.parse calls the reviver bottom-up, so every object and array is frozen exactly once. Objects
// lose their prototype on the way, as states loaded in-process do (see the kit's withoutPrototypes):
// ids like "constructor" must stay plain keys after a trip through Redis too. The parsed object
// itself is kept, not copied: JSON.parse defines "__proto__" as an own key, and dropping the
// prototype leaves it in V8's fast layout, which a copy into Object.create(null) would not.
function freezeMember(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Object.freeze(value);
  return Object.freeze(Object.setPrototypeOf(value, null));
}
