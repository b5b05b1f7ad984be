import { formatFixed } from '@envfleet/kit';

// Text measures with Python's semantics (the reference counts and splits with str methods), so
// counts agree on "\r\n", form feeds, Unicode separators and characters outside the BMP. Word
// splitting and string order are the kit's pythonSplit and compareCodePoints.

// str.splitlines() boundaries.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** Lines without their terminators; a final terminator does not start an empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(LINE_BREAK);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

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

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/**
 * "1.13 KB"-style sizes as the reference prints them: divided by 1024 until below 1024, then
 * f"{size:.2f}" (dividing by 1024 is exact, so the rounding sees the exact quotient).
 */
export function humanSize(bytes: number): string {
  let size = bytes;
  for (const unit of UNITS) {
    if (size < 1024) return `${formatFixed(size, 2)} ${unit}`;
    size /= 1024;
  }
  return `${formatFixed(size, 2)} PB`;
}
