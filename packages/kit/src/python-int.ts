import { DIGITS_WITH_UNDERSCORES, underscoresBetweenDigits, withoutUnderscores } from './digit-underscores.js';
import { pythonNumberText } from './python-float.js';

// Python's int() on text, base 10: like float() it reads any Unicode decimal digit and treats
// non-ASCII whitespace as a space first; then only ASCII whitespace is trimmed, so U+001C–U+001F
// are refused. Underscores may sit between two digits, one at a time. Python ints have no size
// limit, hence a bigint.
const INTEGER = new RegExp(`^[+-]?${DIGITS_WITH_UNDERSCORES}$`);

/**
 * Since 3.11 Python refuses to convert text of more digits than this (sys.int_info's
 * default_max_str_digits) with a ValueError; the conversion it guards against is quadratic, here
 * as there (a million digits take 0.1 s to read as a bigint, and more to print).
 */
export const PYTHON_MAX_INT_DIGITS = 4300;

/** Python's `int(text)`: the whole number, or undefined where Python raises ValueError. */
export function parsePythonInt(text: string): bigint | undefined {
  const body = pythonNumberText(text);
  if (body === undefined || !INTEGER.test(body) || !underscoresBetweenDigits(body)) return undefined;
  const digits = withoutUnderscores(body);
  const sign = digits.charCodeAt(0) === 0x2b || digits.charCodeAt(0) === 0x2d ? 1 : 0;
  if (digits.length - sign > PYTHON_MAX_INT_DIGITS) return undefined;
  return BigInt(digits);
}
