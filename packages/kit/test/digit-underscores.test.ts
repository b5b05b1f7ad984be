import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { argumentsJsonSchema } from '../src/json-schema.js';
import {
  canonicalIntegerText,
  integerKeyed,
  isIntegerText,
  parsePythonFloat,
  parsePythonInt,
  readArguments,
  underscoresBetweenDigits,
  withoutUnderscores,
} from '../src/index.js';

describe('underscoresBetweenDigits', () => {
  it('accepts single underscores between digits and refuses every other placement', () => {
    for (const text of ['1', '1_000', '1_2_3', '12.5']) expect(underscoresBetweenDigits(text), text).toBe(true);
    for (const text of ['_1', '1_', '1__0', '1_.5', '1e_5', 'a_1']) expect(underscoresBetweenDigits(text), text).toBe(false);
  });
});

describe('isIntegerText', () => {
  it('reads the integers pydantic reads in lax mode', () => {
    for (const text of ['5', '+5', '-5', '1_000', '5.0', '5.000']) expect(isIntegerText(text), text).toBe(true);
    for (const text of ['', '5.', '5.1', '1__0', '_5', '5_', '1e3', ' 5']) expect(isIntegerText(text), text).toBe(false);
    expect(isIntegerText('5.', { bareDot: true })).toBe(true);
  });
});

// "1_1_1_…" a few megabytes long used to throw RangeError (Maximum call stack size exceeded) from the
// regular expression that checked it, which surfaced as a 500 from any tool with a numeric argument.
describe('numeric text of megabytes, underscores between every digit', () => {
  const underscored = `${'1_'.repeat(4_000_000)}1`;

  it('is read without overflowing the stack', () => {
    expect(isIntegerText(underscored)).toBe(true);
    expect(isIntegerText(`${underscored}_`)).toBe(false);
    expect(parsePythonInt(underscored)).toBeUndefined();
    expect(parsePythonFloat(underscored)).toBe(Number.POSITIVE_INFINITY);
  });

  it('reaches a tool as a clear argument error or as its number, never an exception', () => {
    const input = z.object({ limit: z.int() });
    const reading = readArguments(input, argumentsJsonSchema(input), { limit: underscored });
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(/^Invalid argument "limit"/);
    const number = z.object({ ratio: z.number() });
    expect(readArguments(number, argumentsJsonSchema(number), { ratio: `${'1_'.repeat(200)}1.5` })).toEqual({
      ok: true,
      value: { ratio: Number(`${'1'.repeat(201)}.5`) },
    });
    const huge = readArguments(number, argumentsJsonSchema(number), { ratio: `${'1_'.repeat(2_000_000)}1.5` });
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.message).toMatch(/^Invalid argument "ratio"/);
  });

  it('is refused or read as a scenario map key', () => {
    const map = integerKeyed(z.string());
    expect(map.safeParse({ [`${'1_'.repeat(3)}1`]: 'x' }).data).toEqual({ '1111': 'x' });
    expect(map.safeParse({ [`${underscored}x`]: 'x' }).success).toBe(false);
  });
});

describe('canonicalIntegerText', () => {
  it('writes the integer as Python prints it', () => {
    expect(['7', '+007', '-0', '-000', '1_000.0', '-12.', '0'].map(canonicalIntegerText)).toEqual(['7', '7', '0', '0', '1000', '-12', '0']);
  });

  it('handles a million digits by string operations', () => {
    expect(canonicalIntegerText(`+${'0'.repeat(10)}${'9'.repeat(1_000_000)}.0`)).toBe('9'.repeat(1_000_000));
  });
});

describe('withoutUnderscores', () => {
  it('drops every underscore', () => {
    expect(withoutUnderscores('1_000_000')).toBe('1000000');
    expect(withoutUnderscores('12')).toBe('12');
  });
});

describe('parsePythonInt past Python 3.11 digit limit', () => {
  it('reads 4300 digits and refuses 4301, as int() raises ValueError there', () => {
    expect(parsePythonInt(`-${'9'.repeat(4300)}`)).toBe(-BigInt('9'.repeat(4300)));
    expect(parsePythonInt('9'.repeat(4301))).toBeUndefined();
    expect(parsePythonInt(`${'1_'.repeat(4300)}1`)).toBeUndefined();
    expect(parsePythonInt(`${'1_'.repeat(2000)}1`)).toBe(BigInt('1'.repeat(2001)));
  });
});
