import { asciiDigits, ToolError } from '@envfleet/kit';

// The reference reads current_time with strptime("%Y-%m-%dT%H:%M:%SZ"), whose fields accept only
// these ranges (any Unicode digit where it says \d, ASCII elsewhere), then turns it into a Unix time
// with mktime. The scenario pattern only checks the shape, so "2024-13-01" loads there and fails
// the first time something is created; the same happens here, with a message that says why.
const STRPTIME = new RegExp(
  String.raw`^(\p{Nd}{4})-(1[0-2]|0[1-9])-(3[01]|[12]\p{Nd}|0[1-9])T(2[0-3]|[01]\p{Nd})` + String.raw`:([0-5]\p{Nd}):(6[01]|[0-5]\p{Nd})Z$`,
  'u',
);

/**
 * Seconds since 1970-01-01T00:00:00Z of the scenario clock. The reference's mktime reads the time in
 * the server's local zone; its servers (and this simulation) run in UTC. Seconds 60 and 61 roll
 * over into the next minute, as mktime does.
 */
export function unixTime(currentTime: string): number {
  const fields = STRPTIME.exec(currentTime);
  const invalid = () =>
    new ToolError(
      `current_time "${currentTime}" is not a real date and time; set the scenario's current_time to a valid UTC instant (YYYY-MM-DDTHH:MM:SSZ)`,
    );
  if (!fields) throw invalid();
  const [year, month, day, hour, minute, second] = fields.slice(1).map((text) => Number(asciiDigits(text)));
  if (year === undefined || month === undefined || day === undefined) throw invalid();
  if (year === 0 || day > daysInMonth(year, month)) throw invalid();
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour ?? 0, minute ?? 0, second ?? 0, 0);
  return Math.floor(date.getTime() / 1000);
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** The creation time of a new record: the scenario clock, which must not be before the Unix epoch. */
export function creationTime(currentTime: string): number {
  const created = unixTime(currentTime);
  if (created < 0) {
    throw new ToolError(
      `current_time "${currentTime}" is before 1970-01-01T00:00:00Z, so it has no Unix timestamp for "created"; set the scenario's current_time to a later instant`,
    );
  }
  return created;
}
