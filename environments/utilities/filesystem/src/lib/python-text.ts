/** Python's str.replace with an unlimited count, including the empty-needle case (per code point). */
export function pyReplace(text: string, needle: string, replacement: string): string {
  if (needle !== '') return text.split(needle).join(replacement);
  const chars = Array.from(text);
  return chars.length === 0 ? replacement : replacement + chars.join(replacement) + replacement;
}
