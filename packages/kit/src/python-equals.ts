/**
 * Python's `==` between two JSON values as the reference holds them: a bool is an int there, so
 * `True == 1 == 1.0`; dicts are equal when they have the same keys (in any order) with equal values;
 * lists compare element by element; no other types are ever equal to each other. References use it
 * to tell whether an update really changed a value.
 */
export function pythonEquals(a: unknown, b: unknown): boolean {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined || y !== undefined) return x === y;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => pythonEquals(item, b[index]));
  }
  const left = Object.keys(a);
  if (left.length !== Object.keys(b).length) return false;
  const right = b as Record<string, unknown>;
  return left.every((key) => Object.hasOwn(right, key) && pythonEquals((a as Record<string, unknown>)[key], right[key]));
}

function numeric(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}
