// Python's str.title(), which decides the key a geocoded city is stored under.

const CASED = /\p{Cased}/u;
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;

// Letters whose titlecase differs from their uppercase (JavaScript only knows the latter).
const TITLECASE: Record<string, string> = {
  '\u01C4': '\u01C5',
  '\u01C5': '\u01C5',
  '\u01C6': '\u01C5',
  '\u01C7': '\u01C8',
  '\u01C8': '\u01C8',
  '\u01C9': '\u01C8',
  '\u01CA': '\u01CB',
  '\u01CB': '\u01CB',
  '\u01CC': '\u01CB',
  '\u01F1': '\u01F2',
  '\u01F2': '\u01F2',
  '\u01F3': '\u01F2',
  '\u0149': '\u02BCN',
  '\u1FB3': '\u1FBC',
  '\u1FC3': '\u1FCC',
  '\u1FF3': '\u1FFC',
  '\u1FBC': '\u1FBC',
  '\u1FCC': '\u1FCC',
  '\u1FFC': '\u1FFC',
};

function titleOf(char: string): string {
  const mapped = TITLECASE[char];
  if (mapped !== undefined) return mapped;
  const code = char.codePointAt(0) ?? 0;
  // Georgian Mkhedruli letters are their own titlecase.
  if ((code >= 0x10d0 && code <= 0x10fa) || (code >= 0x10fd && code <= 0x10ff)) return char;
  // Greek letters with a subscript iota title-case to the matching capital with prosgegrammeni.
  if (code >= 0x1f80 && code <= 0x1faf) return String.fromCodePoint(code | 0x08);
  const upper = [...char.toUpperCase()];
  // The other iota-subscript letters keep the subscript as a combining mark (ᾷ → ᾼ͂, not Α͂Ι).
  if (code >= 0x1f00 && code <= 0x1fff && upper.length > 1 && upper.at(-1) === '\u0399') {
    return `${upper.slice(0, -1).join('')}\u0345`;
  }
  // A letter that uppercases to several (ß → SS, ﬁ → FI) title-cases to the first one capitalized.
  return upper.length === 1 ? (upper[0] ?? char) : `${upper[0] ?? ''}${upper.slice(1).join('').toLowerCase()}`;
}

function lowerOf(chars: string[], i: number): string {
  const char = chars[i] ?? '';
  if (char !== '\u03A3') return char.toLowerCase();
  // Capital sigma becomes final ς after a cased letter when no cased letter follows.
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(chars[j] ?? '')) j--;
  let final = j >= 0 && CASED.test(chars[j] ?? '');
  if (final) {
    let k = i + 1;
    while (k < chars.length && CASE_IGNORABLE.test(chars[k] ?? '')) k++;
    final = k === chars.length || !CASED.test(chars[k] ?? '');
  }
  return final ? '\u03C2' : '\u03C3';
}

/** Python's str.title(): each run of cased letters starts in titlecase and continues in lowercase. */
export function pythonTitle(text: string): string {
  const chars = [...text];
  let out = '';
  let previousCased = false;
  for (let i = 0; i < chars.length; i++) {
    out += previousCased ? lowerOf(chars, i) : titleOf(chars[i] ?? '');
    previousCased = CASED.test(chars[i] ?? '');
  }
  return out;
}
