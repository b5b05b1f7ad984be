/**
 * Python's string order: code point by code point, a prefix first. JavaScript's `<` and default
 * sort compare UTF-16 units, which puts characters outside the BMP (emoji, rare CJK) before
 * U+E000–U+FFFF; references sort names and compare dates as Python strings.
 * Negative, zero or positive, for Array.prototype.sort.
 */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
}
