// Whitespace as Python's str.strip() sees it (differs from String.prototype.trim at U+001C–U+001F,
// U+0085 and U+FEFF), so match contexts come out exactly as in the reference.
const PY_SPACE = '\\t\\n\\v\\f\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const EDGES = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

export function pyStrip(text: string): string {
  return text.replace(EDGES, '');
}

/** Python's str.replace with an unlimited count, including the empty-needle case (per code point). */
export function pyReplace(text: string, needle: string, replacement: string): string {
  if (needle !== '') return text.split(needle).join(replacement);
  const chars = Array.from(text);
  return chars.length === 0 ? replacement : replacement + chars.join(replacement) + replacement;
}
