import { asciiDigits, ToolError } from '@envfleet/kit';

// The reference reads current_time with strptime("%Y-%m-%dT%H:%M:%S"), adds days_ahead days and
// writes the end with strftime. Its quirks decide which tasks count as upcoming, so they are kept:
// strptime takes any Unicode decimal digit where its pattern says \d but plain ASCII where it
// lists digits (months, the first digit of days and hours); seconds 60 and 61 get past the pattern
// and are then refused; strftime writes years below 1000 without leading zeros ("999-01-04…").
const D = String.raw`\p{Nd}`;
const CLOCK = new RegExp(`^(${D}{4})-(1[0-2]|0[1-9])-(3[01]|[12]${D}|0[1-9])T(2[0-3]|[01]${D}):([0-5]${D}):([0-5]${D}|6[01])$`, 'u');
const MS_PER_DAY = 86_400_000;

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function invalidClock(currentTime: string, why: string): ToolError {
  return new ToolError(`current_time ${currentTime} ${why}: set the scenario's current_time to a real date such as 2025-01-01T09:00:00`);
}

/** The window [now, now + days] as the two strings the reference compares due dates with. */
export function upcomingWindow(currentTime: string, daysAhead: number): { from: string; to: string } {
  const parts = CLOCK.exec(currentTime);
  if (!parts) throw invalidClock(currentTime, 'cannot be read as a date and time');
  const [year, month, day, hour, minute, second] = parts.slice(1).map((part) => Number(asciiDigits(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (second > 59) throw invalidClock(currentTime, 'has a leap second, which has no date');
  if (year < 1) throw invalidClock(currentTime, 'has year 0, before the first year a date can have');
  const start = new Date(0);
  start.setUTCFullYear(year, month - 1, day);
  if (start.getUTCDate() !== day) throw invalidClock(currentTime, 'names a day its month does not have');
  start.setUTCHours(hour, minute, second, 0);
  const end = new Date(start.getTime() + daysAhead * MS_PER_DAY);
  if (Number.isNaN(end.getTime()) || end.getUTCFullYear() > 9999) {
    throw new ToolError(`days_ahead ${daysAhead} reaches past the year 9999: ask for fewer days`);
  }
  const to =
    `${end.getUTCFullYear()}-${pad2(end.getUTCMonth() + 1)}-${pad2(end.getUTCDate())}` +
    `T${pad2(end.getUTCHours())}:${pad2(end.getUTCMinutes())}:${pad2(end.getUTCSeconds())}Z`;
  return { from: `${currentTime}Z`, to };
}
