// Python's str.isspace() set. It differs from JavaScript's \s and String.prototype.trim: U+001C–U+001F
// and U+0085 are whitespace to Python, U+FEFF (the byte-order mark) is not. References strip and
// split with str methods, so the same text must give the same pieces here.
//
// Both scans below look at each character once. A trimming regex such as /[\s]+$/ does not: it
// retries from every character of a run that is followed by text, which is quadratic in the run.

/** Whether a UTF-16 code unit is Python whitespace (every such character is a single unit). */
export function isPythonSpaceUnit(unit: number): boolean {
  if (unit <= 0x20) return (unit >= 0x09 && unit <= 0x0d) || unit >= 0x1c;
  if (unit < 0x85) return false;
  return (
    unit === 0x85 ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000
  );
}

/** Python's `char.isspace()` for one character. */
export function isPythonSpace(char: string): boolean {
  return char.length === 1 && isPythonSpaceUnit(char.charCodeAt(0));
}

/** Python's `text.strip()` with no argument. */
export function pythonStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPythonSpaceUnit(text.charCodeAt(start))) start++;
  while (end > start && isPythonSpaceUnit(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Python's `text.split()` with no separator: the words between runs of whitespace, never an empty one. */
export function pythonSplit(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isPythonSpaceUnit(text.charCodeAt(i))) {
      if (start >= 0) words.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}
