import { ToolError } from '@envfleet/kit';

// Shell-style pattern matching with the exact semantics of Python's fnmatch on POSIX, which is
// what the reference uses: `*` and `?` also match "/", `[...]` classes support `!` negation and
// ranges, an unclosed `[` is a literal, and matching is case-sensitive over the whole name.

type Piece = { kind: 'star' } | { kind: 'regex'; source: string };

const cache = new Map<string, RegExp>();

export function fnmatch(name: string, pattern: string): boolean {
  let regex = cache.get(pattern);
  if (!regex) {
    regex = new RegExp(`^(?:${translate(pattern)})$`, 'su');
    if (cache.size > 500) cache.clear();
    cache.set(pattern, regex);
  }
  return regex.test(name);
}

function literal(char: string): string {
  return `\\u{${(char.codePointAt(0) as number).toString(16)}}`;
}

function translate(patternText: string): string {
  const pat = Array.from(patternText);
  const n = pat.length;
  const pieces: Piece[] = [];
  let i = 0;
  while (i < n) {
    const c = pat[i] as string;
    i += 1;
    if (c === '*') {
      if (pieces.at(-1)?.kind !== 'star') pieces.push({ kind: 'star' });
    } else if (c === '?') {
      pieces.push({ kind: 'regex', source: '.' });
    } else if (c === '[') {
      let j = i;
      if (j < n && pat[j] === '!') j += 1;
      if (j < n && pat[j] === ']') j += 1;
      while (j < n && pat[j] !== ']') j += 1;
      if (j >= n) {
        pieces.push({ kind: 'regex', source: literal('[') });
        continue;
      }
      const stuff = classText(pat, i, j);
      i = j + 1;
      pieces.push({ kind: 'regex', source: classRegex(stuff, patternText) });
    } else {
      pieces.push({ kind: 'regex', source: literal(c) });
    }
  }
  // Python pins each interior `*` to the nearest following fixed piece with an atomic group; for
  // fixed-width pieces a lazy `.*?` accepts exactly the same names.
  let out = '';
  for (let k = 0; k < pieces.length; k += 1) {
    const piece = pieces[k] as Piece;
    if (piece.kind === 'regex') out += piece.source;
    else out += pieces.slice(k + 1).some((p) => p.kind === 'star') ? '.*?' : '.*';
  }
  return out;
}

/**
 * The class body as Python's fnmatch writes it into a Python regex (code points, with its own
 * escapes): ranges split on "-", reversed ranges dropped, backslashes and stray hyphens escaped.
 */
function classText(pat: string[], start: number, end: number): string[] {
  let i = start;
  const slice = (a: number, b: number) => pat.slice(a, b);
  const body = slice(i, end);
  const escapeClass = (chars: string[], hyphens: boolean) =>
    chars.flatMap((ch) => (ch === '\\' ? ['\\', '\\'] : hyphens && ch === '-' ? ['\\', '-'] : [ch]));
  let stuff: string[];
  if (!body.includes('-')) {
    stuff = escapeClass(body, false);
  } else {
    const chunks: string[][] = [];
    let k = pat[i] === '!' ? i + 2 : i + 1;
    for (;;) {
      k = indexOf(pat, '-', k, end);
      if (k < 0) break;
      chunks.push(slice(i, k));
      i = k + 1;
      k += 3;
    }
    const chunk = slice(i, end);
    if (chunk.length) chunks.push(chunk);
    else {
      const last = chunks.at(-1);
      if (!last) throw new ToolError(`Invalid pattern: malformed character class`);
      last.push('-');
    }
    for (let m = chunks.length - 1; m > 0; m -= 1) {
      const previous = chunks[m - 1] as string[];
      const current = chunks[m] as string[];
      const tail = previous.at(-1);
      const head = current[0];
      if (tail === undefined || head === undefined) throw new ToolError('Invalid pattern: malformed character range');
      if (cp(tail) > cp(head)) {
        chunks[m - 1] = [...previous.slice(0, -1), ...current.slice(1)];
        chunks.splice(m, 1);
      }
    }
    stuff = chunks.map((c) => escapeClass(c, true)).flatMap((c, idx) => (idx === 0 ? c : ['-', ...c]));
  }
  return stuff.flatMap((ch) => (ch === '&' || ch === '~' || ch === '|' ? ['\\', ch] : [ch]));
}

function indexOf(chars: string[], target: string, from: number, to: number): number {
  for (let k = Math.max(from, 0); k < to; k += 1) if (chars[k] === target) return k;
  return -1;
}

function cp(char: string): number {
  return char.codePointAt(0) as number;
}

/** Reads a class body the way Python's regex parser does and writes it as a JavaScript class. */
function classRegex(stuff: string[], pattern: string): string {
  if (stuff.length === 0) return '(?!)';
  if (stuff.length === 1 && stuff[0] === '!') return '.';
  let body = stuff;
  let negate = false;
  if (body[0] === '!') {
    negate = true;
    body = body.slice(1);
  } else if (body[0] === '^' || body[0] === '[') {
    body = ['\\', ...body];
  }
  const tokens: string[] = [];
  for (let k = 0; k < body.length; k += 1) {
    if (body[k] === '\\' && k + 1 < body.length) {
      tokens.push(`\\${body[k + 1] as string}`);
      k += 1;
    } else tokens.push(body[k] as string);
  }
  const value = (token: string) => cp(token.length > 1 && token.startsWith('\\') ? token.slice(1) : token);
  const items: string[] = [];
  let t = 0;
  const bad = () => new ToolError(`Invalid pattern ${JSON.stringify(pattern)}: bad character range in [...]`);
  while (t < tokens.length) {
    const low = tokens[t] as string;
    t += 1;
    if (tokens[t] === '-') {
      if (t + 1 >= tokens.length) {
        items.push(hex(value(low)), hex(cp('-')));
        t += 1;
        continue;
      }
      const high = tokens[t + 1] as string;
      t += 2;
      const lo = value(low);
      const hi = value(high);
      if (hi < lo) throw bad();
      items.push(`${hex(lo)}-${hex(hi)}`);
    } else {
      items.push(hex(value(low)));
    }
  }
  return `[${negate ? '^' : ''}${items.join('')}]`;
}

function hex(code: number): string {
  return `\\u{${code.toString(16)}}`;
}
