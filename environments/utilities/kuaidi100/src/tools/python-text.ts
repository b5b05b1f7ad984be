// Arguments here are free text typed by people (often on Chinese keyboards), read the way the
// reference reads them: Python's float() and datetime.strptime() accept any Unicode decimal digit
// (full-width "２", Arabic-Indic "٢", …), so these helpers do too.

const DECIMAL_DIGIT = /^\p{Nd}$/u;

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

/** Replaces every Unicode decimal digit by its ASCII digit. */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (char) => (char >= '0' && char <= '9' ? char : String(digitValue(char))));
}

const PYTHON_SPACE = /[\s\x1c-\x1f\x85]/u;
const DIGITS = String.raw`\d(?:_?\d)*`;
const FINITE = new RegExp(String.raw`^[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const INFINITE = /^([+-]?)(?:inf|infinity)$/i;
const NOT_A_NUMBER = /^[+-]?nan$/i;

/** Python's float(text): a number, or undefined where Python raises ValueError. */
export function parsePythonFloat(text: string): number | undefined {
  let ascii = '';
  for (const char of text) {
    if (DECIMAL_DIGIT.test(char)) ascii += asciiDigits(char);
    else if (char !== '\ufeff' && PYTHON_SPACE.test(char)) ascii += ' ';
    else if (char.codePointAt(0)! > 0x7f) return undefined;
    else ascii += char;
  }
  const body = ascii.replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, '');
  if (FINITE.test(body)) return Number(body.replaceAll('_', ''));
  const infinite = INFINITE.exec(body);
  if (infinite) return infinite[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (NOT_A_NUMBER.test(body)) return Number.NaN;
  return undefined;
}

/** Python's round(x, 2): correctly rounded, exact halves to even. */
export function roundToCents(x: number): number {
  if (!Number.isFinite(x)) return x;
  // Only multiples of 1/8 sit exactly halfway between two cents.
  const eighths = x * 8;
  if (Number.isInteger(eighths) && eighths % 2 !== 0 && Math.abs(eighths) < 2 ** 50) {
    const lower = Math.floor(x * 100);
    return (lower % 2 === 0 ? lower : lower + 1) / 100;
  }
  return Number(x.toFixed(2));
}

// datetime.strptime(text, "%Y-%m-%d %H:%M:%S"): the same field patterns (one-digit month, day and
// time fields allowed, any run of whitespace between date and time), the same leftmost match.
const STRPTIME =
  /^(\p{Nd}{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\p{Nd}|0[1-9]|[1-9]| [1-9])\s+(2[0-3]|[01]\p{Nd}|\p{Nd}):([0-5]\p{Nd}|\p{Nd}):(6[01]|[0-5]\p{Nd}|\p{Nd})/u;

/** Wall-clock time as UTC milliseconds, or a reason it is not a valid "YYYY-MM-DD HH:MM:SS". */
export function parseWallClock(text: string): { ok: true; ms: number } | { ok: false; reason: string } {
  const match = STRPTIME.exec(text);
  if (!match) return { ok: false, reason: 'is not a valid "YYYY-MM-DD HH:MM:SS" time' };
  if (match[0].length !== text.length) return { ok: false, reason: `has unexpected text after the time: "${text.slice(match[0].length)}"` };
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(asciiDigits(part ?? '').trim()));
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    return { ok: false, reason: 'is not a valid "YYYY-MM-DD HH:MM:SS" time' };
  }
  if (year < 1) return { ok: false, reason: 'has a year before 1' };
  if (second > 59) return { ok: false, reason: 'has seconds above 59' };
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return { ok: false, reason: `has no day ${day} in that month` };
  date.setUTCHours(hour, minute, second, 0);
  return { ok: true, ms: date.getTime() };
}

/** UTC milliseconds as "YYYY-MM-DD HH:MM:SS", or undefined outside years 1–9999 (Python's datetime range). */
export function formatWallClock(ms: number): string | undefined {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
}
