import { describe, expect, it } from 'vitest';
import { asciiDigits, parsePythonFloat } from '../src/index.js';

// Expected values were observed from CPython 3.11's float().
describe('parsePythonFloat', () => {
  it.each([
    ['2.5', 2.5],
    [' 2.5 ', 2.5],
    ['-3', -3],
    ['+.5', 0.5],
    ['5.', 5],
    ['1e5', 100000],
    ['1E-2', 0.01],
    ['1_000.000_1', 1000.0001],
    ['1e1_0', 1e10],
    ['\t7\n', 7],
  ])('reads %j as %s', (text, expected) => {
    expect(parsePythonFloat(text)).toBe(expected);
  });

  it('reads infinities and NaN in any case, with a sign', () => {
    expect(parsePythonFloat(' inf ')).toBe(Number.POSITIVE_INFINITY);
    expect(parsePythonFloat('-Infinity')).toBe(Number.NEGATIVE_INFINITY);
    expect(parsePythonFloat('+INF')).toBe(Number.POSITIVE_INFINITY);
    expect(parsePythonFloat('-nan')).toBeNaN();
    expect(parsePythonFloat('NaN')).toBeNaN();
  });

  it('keeps the sign of negative zero', () => {
    expect(Object.is(parsePythonFloat('-0.0'), -0)).toBe(true);
  });

  it('reads any Unicode decimal digit and any Unicode whitespace around the number', () => {
    expect(parsePythonFloat('２.５')).toBe(2.5);
    expect(parsePythonFloat('٣')).toBe(3);
    expect(parsePythonFloat('𝟙𝟚')).toBe(12);
    expect(parsePythonFloat('\u00a01\u3000')).toBe(1);
    expect(parsePythonFloat('\x851')).toBe(1);
    expect(parsePythonFloat('1\x85')).toBe(1);
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['1__0'],
    ['_1'],
    ['1_'],
    ['1_.5'],
    ['1e'],
    ['0x10'],
    ['1,5'],
    ['in f'],
    ['nan1'],
    ['\x1f1'],
    ['1\x1c'],
    ['\ufeff1'],
    ['1 2'],
    ['١٢a'],
    ['½'],
  ])('refuses %j, as float() raises ValueError', (text) => {
    expect(parsePythonFloat(text)).toBeUndefined();
  });
});

describe('parsePythonFloat on long whitespace runs', () => {
  // Trimming with a regex anchored at the end retries from every space of a run: minutes at a
  // million. These finish in milliseconds.
  const run = ' \t\r\n'.repeat(250_000);

  it('refuses a number followed by a million spaces and then more text', () => {
    expect(parsePythonFloat(`1${run}x`)).toBeUndefined();
    expect(parsePythonFloat(`x${run}1`)).toBeUndefined();
  });

  it('reads a number wrapped in a million spaces on each side', () => {
    expect(parsePythonFloat(`${run}2.5${run}`)).toBe(2.5);
    expect(parsePythonFloat(`${'\u3000'.repeat(1_000_000)}7`)).toBe(7);
  });
});

describe('asciiDigits', () => {
  it('maps every decimal digit to its ASCII digit and leaves the rest', () => {
    expect(asciiDigits('２０２５-٠٣-𝟘𝟡 x')).toBe('2025-03-09 x');
    expect(asciiDigits('½ ①')).toBe('½ ①');
  });
});
