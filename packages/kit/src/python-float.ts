import { isPythonSpace } from './python-whitespace.js';

// Python's float() reads any Unicode decimal digit (full-width "２", Arabic-Indic "٢", …) and treats
// non-ASCII whitespace as a space before trimming; only ASCII whitespace is trimmed after that, so
// U+001C–U+001F stay and are refused, and U+FEFF is refused as any other symbol.
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const DECIMAL_DIGITS = /\p{Nd}/gu;
const ASCII_EDGES = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;
const DIGITS = String.raw`\d(?:_?\d)*`;
const FINITE = new RegExp(String.raw`^[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
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

/** Python's `float(text)`: the number, or undefined where Python raises ValueError. */
export function parsePythonFloat(text: string): number | undefined {
  let ascii = '';
  for (const char of text) {
    if ((char.codePointAt(0) ?? 0) < 0x80) ascii += char;
    else if (isPythonSpace(char)) ascii += ' ';
    else if (DECIMAL_DIGIT.test(char)) ascii += asciiDigits(char);
    else return undefined;
  }
  const body = ascii.replace(ASCII_EDGES, '');
  if (FINITE.test(body)) return Number(body.replaceAll('_', ''));
  const infinite = INFINITE.exec(body);
  if (infinite) return infinite[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (NOT_A_NUMBER.test(body)) return Number.NaN;
  return undefined;
}
