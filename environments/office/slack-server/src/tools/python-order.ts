import { compareCodePoints, pythonEquals, ToolError } from '@envfleet/kit';

const kind = (value: unknown): 'number' | 'string' | 'list' | 'other' => {
  if (typeof value === 'number' || typeof value === 'boolean') return 'number';
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) return 'list';
  return 'other';
};

/**
 * Python's `a < b` between JSON values: numbers (bools among them) by value, text by code point,
 * lists element by element; any other pair (null, objects, text against a number) cannot be ordered
 * and raises, as sorting mixed values does in the reference.
 */
export function pythonLess(a: unknown, b: unknown, what: string): boolean {
  const left = kind(a);
  if (left === 'other' || left !== kind(b)) {
    throw new ToolError(`cannot order ${what} ${JSON.stringify(a)} against ${JSON.stringify(b)}: give every entry a number`);
  }
  if (left === 'number') return Number(a) < Number(b);
  if (left === 'string') return compareCodePoints(a as string, b as string) < 0;
  const x = a as unknown[];
  const y = b as unknown[];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (!pythonEquals(x[i], y[i])) return pythonLess(x[i], y[i], what);
  }
  return x.length < y.length;
}
