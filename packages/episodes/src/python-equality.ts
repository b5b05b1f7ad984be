// EnvFactory's reward compares JSON values with Python's `==`, so the fleet does too: numbers
// compare by value whatever their spelling (5 == 5.0) and booleans are the integers 0 and 1
// (True == 1), objects by their keys whatever their order, lists element by element, and nothing
// else is equal across types ("1" != 1, None only equals None).

/** Python's `a == b` on two JSON values. */
export function pythonEquals(a: unknown, b: unknown): boolean {
  if (isPythonNumber(a) && isPythonNumber(b)) return Number(a) === Number(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => pythonEquals(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && pythonEquals(a[key], b[key]));
  }
  return a === b;
}

/**
 * `math.isclose(a, b, rel_tol=1e-6)` for two Python numbers (booleans included), as the reward
 * allows for an argument's value at the top level (not inside lists or objects).
 */
export function pythonClose(a: unknown, b: unknown): boolean {
  if (!isPythonNumber(a) || !isPythonNumber(b)) return false;
  const x = Number(a);
  const y = Number(b);
  if (x === y) return true;
  return Math.abs(x - y) <= 1e-6 * Math.max(Math.abs(x), Math.abs(y));
}

/** int, float or bool in Python (bool is a subclass of int). */
function isPythonNumber(value: unknown): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
