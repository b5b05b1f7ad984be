// Python's str.isspace() set. It differs from JavaScript's \s and String.prototype.trim: U+001C–U+001F
// and U+0085 are whitespace to Python, U+FEFF (the byte-order mark) is not. References strip and
// split with str methods, so the same text must give the same pieces here.
const SPACE_CLASS = String.raw`\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;

const SPACE = new RegExp(`^[${SPACE_CLASS}]$`);
const EDGES = new RegExp(`^[${SPACE_CLASS}]+|[${SPACE_CLASS}]+$`, 'g');
const RUNS = new RegExp(`[${SPACE_CLASS}]+`);

/** Python's `char.isspace()` for one character. */
export function isPythonSpace(char: string): boolean {
  return SPACE.test(char);
}

/** Python's `text.strip()` with no argument. */
export function pythonStrip(text: string): string {
  return text.replace(EDGES, '');
}

/** Python's `text.split()` with no separator: the words between runs of whitespace, never an empty one. */
export function pythonSplit(text: string): string[] {
  return text.split(RUNS).filter((word) => word !== '');
}
