import { asciiDigits } from './python-float.js';

// Python's strptime, for the formats references parse with it. The field patterns are Python's own
// (one-digit months, days and times are accepted; a day may be " 1"); \d is any Unicode decimal
// digit and matching ignores case, as Python's compiled pattern does ("t" matches a "T" in the
// format, "jan" matches %b); the whole text must be consumed. Names are English, as in the C
// locale; %Z accepts UTC and GMT, the zone names of a UTC host. Patterns are built from the
// format, which is the reference's constant, never from input, and have no nested repetition.

/** A parsed wall-clock time. `second` may be 60 or 61, which time.strptime accepts and datetime.strptime refuses. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
}

const D = String.raw`\p{Nd}`;
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const FIELDS: Record<string, { pattern: string; field?: Field }> = {
  d: { pattern: `3[01]|[12]${D}|0[1-9]|[1-9]| [1-9]`, field: 'day' },
  m: { pattern: `1[0-2]|0[1-9]|[1-9]`, field: 'month' },
  Y: { pattern: `${D}${D}${D}${D}`, field: 'year' },
  y: { pattern: `${D}${D}`, field: 'y2' },
  H: { pattern: `2[0-3]|[0-1]${D}|${D}`, field: 'hour' },
  I: { pattern: `1[0-2]|0[1-9]|[1-9]`, field: 'I' },
  M: { pattern: `[0-5]${D}|${D}`, field: 'minute' },
  S: { pattern: `6[0-1]|[0-5]${D}|${D}`, field: 'second' },
  f: { pattern: `[0-9]{1,6}`, field: 'microsecond' },
  p: { pattern: 'am|pm', field: 'p' },
  a: { pattern: [...DAYS.map((day) => day.slice(0, 3))].join('|') },
  A: { pattern: DAYS.join('|') },
  b: { pattern: MONTHS.map((month) => month.slice(0, 3)).join('|'), field: 'b' },
  B: { pattern: MONTHS.join('|'), field: 'b' },
  Z: { pattern: 'utc|gmt' },
};

type Field = keyof WallClock | 'y2' | 'b' | 'I' | 'p';

const compiled = new Map<string, { regex: RegExp; fields: (Field | undefined)[] }>();

function compile(format: string): { regex: RegExp; fields: (Field | undefined)[] } {
  let cached = compiled.get(format);
  if (cached) return cached;
  let source = '^';
  const fields: (Field | undefined)[] = [];
  for (let i = 0; i < format.length; i++) {
    const char = format[i] as string;
    if (char === '%') {
      const directive = format[++i] ?? '';
      if (directive === '%') {
        source += '%';
        continue;
      }
      const spec = FIELDS[directive];
      if (!spec) throw new Error(`pythonStrptime does not support %${directive} yet (format ${JSON.stringify(format)})`);
      source += `(${spec.pattern})`;
      fields.push(spec.field);
    } else if (/\s/.test(char)) {
      // Python turns each run of whitespace in the format into \s+.
      while (i + 1 < format.length && /\s/.test(format[i + 1] as string)) i++;
      source += String.raw`\s+`;
    } else {
      source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  cached = { regex: new RegExp(source, 'iu'), fields };
  compiled.set(format, cached);
  return cached;
}

/**
 * Python's `time.strptime(text, format)` fields, or a reason it raises ValueError: the text does not
 * match, has data left over, or names a day the month does not have.
 */
export function pythonStrptime(text: string, format: string): { ok: true; value: WallClock } | { ok: false; reason: string } {
  const { regex, fields } = compile(format);
  const match = regex.exec(text);
  if (!match) return { ok: false, reason: `time data ${JSON.stringify(text)} does not match format ${JSON.stringify(format)}` };
  if (match[0].length !== text.length) return { ok: false, reason: `unconverted data remains: ${text.slice(match[0].length)}` };
  const clock: WallClock = { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: 0 };
  let hour12: number | undefined;
  let afternoon: boolean | undefined;
  fields.forEach((field, index) => {
    const raw = match[index + 1] ?? '';
    if (field === undefined) return;
    if (field === 'b') clock.month = (MONTHS.findIndex((month) => month.startsWith(raw.toLowerCase().slice(0, 3))) % 12) + 1;
    else if (field === 'p') afternoon = raw.toLowerCase() === 'pm';
    else if (field === 'microsecond') clock.microsecond = Number(raw.padEnd(6, '0'));
    else {
      const value = Number(asciiDigits(raw).trim());
      if (field === 'y2') clock.year = value < 69 ? 2000 + value : 1900 + value;
      else if (field === 'I') hour12 = value;
      else clock[field] = value;
    }
  });
  if (hour12 !== undefined) clock.hour = afternoon === undefined ? hour12 : (hour12 % 12) + (afternoon ? 12 : 0);
  if (clock.year < 1) return { ok: false, reason: `year ${clock.year} is out of range` };
  if (clock.day > daysInMonth(clock.year, clock.month)) return { ok: false, reason: 'day is out of range for month' };
  return { ok: true, value: clock };
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * Seconds since the Unix epoch of a wall-clock time read in UTC: `time.mktime(...)` on a UTC host,
 * `calendar.timegm(...)` anywhere. Seconds 60 and 61 roll into the next minute, as mktime does.
 */
export function wallClockSeconds(clock: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  date.setUTCHours(clock.hour, clock.minute, clock.second, 0);
  return date.getTime() / 1000;
}
