// Text measures with Python's semantics (the reference counts and splits with str methods), so
// counts agree on "\r\n", form feeds, Unicode separators and characters outside the BMP.

// str.splitlines() boundaries.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
// str.split() with no separator: runs of str.isspace() characters.
const WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** Lines without their terminators; a final terminator does not start an empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(LINE_BREAK);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export const words = (text: string): string[] => text.split(WHITESPACE).filter((word) => word !== '');

/** Length in Unicode code points (a character outside the BMP counts once). */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Orders strings by code point, as Python's sorted() does (JavaScript compares UTF-16 units). */
export function byCodePoint(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx - cy;
  }
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/**
 * "1.13 KB"-style sizes with two decimals, rounded like Python's format(): the size is an exact
 * binary fraction, and an exact half rounds to the even digit (JavaScript's toFixed rounds it up).
 */
export function humanSize(bytes: number): string {
  const total = BigInt(bytes);
  let divisor = 1n;
  for (const unit of UNITS) {
    if (total < 1024n * divisor) return `${twoDecimals(total, divisor)} ${unit}`;
    divisor *= 1024n;
  }
  return `${twoDecimals(total, divisor)} PB`;
}

function twoDecimals(numerator: bigint, divisor: bigint): string {
  let hundredths = (numerator * 100n) / divisor;
  const twiceRest = ((numerator * 100n) % divisor) * 2n;
  if (twiceRest > divisor || (twiceRest === divisor && hundredths % 2n === 1n)) hundredths += 1n;
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}
