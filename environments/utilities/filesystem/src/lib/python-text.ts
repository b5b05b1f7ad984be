import { indexOfText } from '@envfleet/kit';

/** Python's str.replace with an unlimited count, including the empty-needle case (per code point). */
export function pyReplace(text: string, needle: string, replacement: string): string {
  if (needle === '') {
    const chars = Array.from(text);
    return chars.length === 0 ? replacement : replacement + chars.join(replacement) + replacement;
  }
  // Searched with the kit, not split(): the engine's own search is quadratic on some long needles.
  let replaced = '';
  let from = 0;
  for (let at = indexOfText(text, needle); at >= 0; at = indexOfText(text, needle, from)) {
    replaced += text.slice(from, at) + replacement;
    from = at + needle.length;
  }
  return replaced + text.slice(from);
}
