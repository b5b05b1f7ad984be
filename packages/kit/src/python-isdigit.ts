// Python's str.isdigit() is wider than "is a decimal digit": it also takes superscripts, subscripts,
// circled and parenthesised digits (Unicode Numeric_Type=Digit), which int() then refuses. A reference
// that guards int(text) with text.isdigit() therefore fails on "²"; matching that needs the same set.
// JavaScript has no property escape for Numeric_Type, so the non-decimal part is listed here
// (Unicode 14, the version of CPython 3.11's unicodedata).
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const DIGIT_NOT_DECIMAL: readonly (readonly [number, number])[] = [
  [0xb2, 0xb3],
  [0xb9, 0xb9],
  [0x1369, 0x1371],
  [0x19da, 0x19da],
  [0x2070, 0x2070],
  [0x2074, 0x2079],
  [0x2080, 0x2089],
  [0x2460, 0x2468],
  [0x2474, 0x247c],
  [0x2488, 0x2490],
  [0x24ea, 0x24ea],
  [0x24f5, 0x24fd],
  [0x24ff, 0x24ff],
  [0x2776, 0x277e],
  [0x2780, 0x2788],
  [0x278a, 0x2792],
  [0x10a40, 0x10a43],
  [0x10e60, 0x10e68],
  [0x11052, 0x1105a],
  [0x1f100, 0x1f10a],
];

function isDigitCharacter(char: string): boolean {
  if (DECIMAL_DIGIT.test(char)) return true;
  const code = char.codePointAt(0) ?? 0;
  return DIGIT_NOT_DECIMAL.some(([first, last]) => code >= first && code <= last);
}

/** Python's `text.isdigit()`: non-empty and every character a digit in Unicode's wide sense. */
export function pythonIsDigit(text: string): boolean {
  if (text === '') return false;
  for (const char of text) if (!isDigitCharacter(char)) return false;
  return true;
}

/** Python's `text.isdecimal()`: non-empty and every character a decimal digit (what int() reads). */
export function pythonIsDecimal(text: string): boolean {
  if (text === '') return false;
  for (const char of text) if (!DECIMAL_DIGIT.test(char)) return false;
  return true;
}
