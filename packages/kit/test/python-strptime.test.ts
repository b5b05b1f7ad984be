import { describe, expect, it } from 'vitest';
import { pythonStrptime, wallClockSeconds } from '../src/python-strptime.js';

const parse = (text: string, format: string) => pythonStrptime(text, format);

describe('pythonStrptime', () => {
  it('reads the fields Python reads, with one-digit fields and any Unicode digits', () => {
    expect(parse('2024-3-7 9:05:01', '%Y-%m-%d %H:%M:%S')).toEqual({
      ok: true,
      value: { year: 2024, month: 3, day: 7, hour: 9, minute: 5, second: 1, microsecond: 0 },
    });
    expect(parse('２０２４-03-07T00:00:00', '%Y-%m-%dT%H:%M:%S')).toMatchObject({ ok: true, value: { year: 2024 } });
    expect(parse('2024-03-07t00:00:00', '%Y-%m-%dT%H:%M:%S')).toMatchObject({ ok: true });
  });

  it('reads RFC 2822 dates with English names in any case and UTC/GMT zones', () => {
    const read = parse('tue, 05 MAR 2024 14:30:00 GMT', '%a, %d %b %Y %H:%M:%S %Z');
    expect(read).toEqual({ ok: true, value: { year: 2024, month: 3, day: 5, hour: 14, minute: 30, second: 0, microsecond: 0 } });
    expect(parse('Tue, 05 Mar 2024 14:30:00 PST', '%a, %d %b %Y %H:%M:%S %Z')).toMatchObject({ ok: false });
  });

  it('refuses leftovers, mismatches and days the month lacks, as Python raises', () => {
    expect(parse('2024-03-07 10:00:00Z', '%Y-%m-%d %H:%M:%S')).toEqual({ ok: false, reason: 'unconverted data remains: Z' });
    expect(parse('2024-13-07 10:00:00', '%Y-%m-%d %H:%M:%S')).toMatchObject({ ok: false });
    expect(parse('2023-02-29', '%Y-%m-%d')).toEqual({ ok: false, reason: 'day is out of range for month' });
    expect(parse('2024-02-29', '%Y-%m-%d')).toMatchObject({ ok: true });
  });

  it('turns a wall clock read as UTC into Unix seconds, rolling leap seconds over', () => {
    const read = parse('1970-01-02 00:00:60', '%Y-%m-%d %H:%M:%S');
    if (!read.ok) throw new Error(read.reason);
    expect(wallClockSeconds(read.value)).toBe(86_460);
  });

  it('stays fast on long inputs: the pattern is anchored and has no nested repetition', () => {
    const long = `2024-03-07 10:00:00${' '.repeat(1_000_000)}x`;
    expect(parse(long, '%Y-%m-%d %H:%M:%S')).toMatchObject({ ok: false });
    expect(parse(`${'9'.repeat(1_000_000)}`, '%Y-%m-%d')).toMatchObject({ ok: false });
  });
});
