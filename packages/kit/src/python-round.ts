import { formatFixed } from './format-fixed.js';

/**
 * Python's `round(x, ndigits)` for a float and ndigits >= 0: the double nearest to x rounded to that
 * many decimals, judged on x's exact binary value with exact ties to even, so round(2.675, 2) is
 * 2.67 and round(0.125, 2) is 0.12. `Math.round(x * 100) / 100` differs on such values. Infinities
 * and NaN come back unchanged, as in Python.
 */
export function pythonRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  return Number(formatFixed(x, ndigits));
}
