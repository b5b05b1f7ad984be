import { asciiDigits, formatFixed } from '@envfleet/kit';

// Arguments here are free text typed by people (often on Chinese keyboards), read the way the
// reference reads them: datetime.strptime() accepts any Unicode decimal digit (full-width "２",
// Arabic-Indic "٢", …), as float() does (the kit's parsePythonFloat), so these helpers do too.

/** Python's round(x, 2): the float nearest to x printed with two decimals (exact value, ties to even). */
export function roundToCents(x: number): number {
  return Number.isFinite(x) ? Number(formatFixed(x, 2)) : x;
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

/**
 * UTC milliseconds as "Y-MM-DD HH:MM:SS", or undefined outside years 1–9999 (Python's datetime range).
 * The year is not zero-padded: the reference's strftime("%Y") on glibc prints year 1 as "1".
 */
export function formatWallClock(ms: number): string | undefined {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(year)}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
}
