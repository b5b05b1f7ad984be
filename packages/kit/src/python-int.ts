import { pythonNumberText } from './python-float.js';

// Python's int() on text, base 10: like float() it reads any Unicode decimal digit and treats
// non-ASCII whitespace as a space first; then only ASCII whitespace is trimmed, so U+001C–U+001F
// are refused. Underscores may sit between two digits, one at a time. Python ints have no size
// limit, hence a bigint.
const INTEGER = /^[+-]?\d(?:_?\d)*$/;

/** Python's `int(text)`: the whole number, or undefined where Python raises ValueError. */
export function parsePythonInt(text: string): bigint | undefined {
  const body = pythonNumberText(text);
  if (body === undefined || !INTEGER.test(body)) return undefined;
  return BigInt(body.replaceAll('_', ''));
}
