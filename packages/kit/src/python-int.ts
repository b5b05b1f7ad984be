import { asciiDigits } from './python-float.js';
import { isPythonSpace } from './python-whitespace.js';

// Python's int() on text, base 10: like float() it reads any Unicode decimal digit and treats
// non-ASCII whitespace as a space first; then only ASCII whitespace is trimmed, so U+001C–U+001F
// are refused. Underscores may sit between two digits, one at a time. Python ints have no size
// limit, hence a bigint.
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const INTEGER = /^[+-]?\d(?:_?\d)*$/;

/** Python's `int(text)`: the whole number, or undefined where Python raises ValueError. */
export function parsePythonInt(text: string): bigint | undefined {
  let ascii = '';
  for (const char of text) {
    if ((char.codePointAt(0) ?? 0) < 0x80) ascii += char;
    else if (isPythonSpace(char)) ascii += ' ';
    else if (DECIMAL_DIGIT.test(char)) ascii += asciiDigits(char);
    else return undefined;
  }
  const body = trimAsciiSpace(ascii);
  if (!INTEGER.test(body)) return undefined;
  return BigInt(body.replaceAll('_', ''));
}

// Trimmed by index: a trimming regex such as /[ \t]+$/ retries from every space of a long run
// followed by other text, which is quadratic in the run's length.
function trimAsciiSpace(text: string): string {
  const space = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d);
  let start = 0;
  let end = text.length;
  while (start < end && space(text.charCodeAt(start))) start++;
  while (end > start && space(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}
