import { DIGITS_WITH_UNDERSCORES, underscoresBetweenDigits, withoutUnderscores } from './digit-underscores.js';
import { isPythonSpaceUnit } from './python-whitespace.js';

// Python's float() reads any Unicode decimal digit (full-width "２", Arabic-Indic "٢", …) and treats
// non-ASCII whitespace as a space before trimming; only ASCII whitespace is trimmed after that, so
// U+001C–U+001F stay and are refused, and U+FEFF is refused as any other symbol.
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const DECIMAL_DIGITS = /\p{Nd}/gu;
const D = DIGITS_WITH_UNDERSCORES;
const FINITE = new RegExp(String.raw`^[+-]?(?:${D}(?:\.(?:${D})?)?|\.${D})(?:[eE][+-]?${D})?$`);
const INFINITE = /^([+-]?)(?:inf|infinity)$/i;
const NOT_A_NUMBER = /^[+-]?nan$/i;

/** The value 0–9 of a Unicode decimal digit (Unicode lays every digit set out as a run of ten from 0). */
function digitValue(char: string): number {
  let code = char.codePointAt(0) ?? 0;
  let steps = 0;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(code - 1))) {
    code -= 1;
    steps += 1;
  }
  return steps % 10;
}

/** Replaces every Unicode decimal digit by its ASCII digit, as Python's int(), float() and strptime read them. */
export function asciiDigits(text: string): string {
  return text.replace(DECIMAL_DIGITS, (char) => (char >= '0' && char <= '9' ? char : String(digitValue(char))));
}

/**
 * The text Python's int() and float() go on to parse: Unicode decimal digits made ASCII, and
 * whitespace (Python's set) trimmed from both ends. Undefined when any other non-ASCII character
 * is left, whitespace included: neither function accepts one inside a number.
 *
 * Trimmed by index: a trimming regex such as /[ \t]+$/ retries from every space of a long run that
 * is followed by text, which is quadratic in the run.
 */
export function pythonNumberText(text: string): string | undefined {
  let start = 0;
  let end = text.length;
  while (start < end && isNumberSpace(text.charCodeAt(start))) start++;
  while (end > start && isNumberSpace(text.charCodeAt(end - 1))) end--;
  let ascii = '';
  let plainFrom = start;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const char = String.fromCodePoint(text.codePointAt(i) as number);
    if (!DECIMAL_DIGIT.test(char)) return undefined;
    ascii += text.slice(plainFrom, i) + asciiDigits(char);
    i += char.length - 1;
    plainFrom = i + 1;
  }
  return ascii + text.slice(plainFrom, end);
}

/** What int() and float() trim: ASCII whitespace, and other Python whitespace, which they read as a space. */
function isNumberSpace(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || (unit >= 0x80 && isPythonSpaceUnit(unit));
}

/** Python's `float(text)`: the number, or undefined where Python raises ValueError. */
export function parsePythonFloat(text: string): number | undefined {
  const body = pythonNumberText(text);
  if (body === undefined) return undefined;
  if (FINITE.test(body) && underscoresBetweenDigits(body)) return Number(withoutUnderscores(body));
  const infinite = INFINITE.exec(body);
  if (infinite) return infinite[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (NOT_A_NUMBER.test(body)) return Number.NaN;
  return undefined;
}
