/**
 * A new id-keyed map for the state. Branch names and file paths come from callers, so one may be
 * "__proto__" or "constructor": without a prototype every such name is an ordinary key, as the
 * maps of a loaded scenario are.
 */
export function emptyMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
