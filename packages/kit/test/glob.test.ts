import { describe, expect, it } from 'vitest';
import { compileGlob, matchGlob } from '../src/index.js';

// Expected values were observed from CPython 3.11's fnmatch.fnmatchcase.
describe('matchGlob', () => {
  it.each([
    ['a-b', '[a-c]-?', true],
    ['x]y', 'x]y', true],
    ['[a]', '[[]a]', true],
    ['é', '[!a-z]', true],
    ['ab', '*[]]*', false],
    ['a/b/c.md', '*.md', true],
    ['src/app/main.ts', 'src/*.ts', true],
    ['b', '[z-a]', false],
    ['b', '[!z-a]', true],
    ['^x', '[^]x', true],
    ['-', '[a-]', true],
    ['[', '[', true],
    ['[!]', '[!]', true],
    [']', '[]]', true],
    ['!', '[!]]', true],
    ['😀.txt', '?.txt', true],
    ['Notes.MD', '*.md', false],
    ['-', '[z-a-b]', true],
    ['b', '[z-a-b]', true],
    ['a', '[z-a-b]', false],
    ['a', '[z-aa-b]', true],
    ['-', '[--a]', true],
    ['\\', '[\\-a]', true],
    ['-', '[b-a-]', true],
    ['&', '[&~|]', true],
    ['x', '[a-cx-z]', true],
    ['w', '[a-cx-z]', false],
    ['line\nbreak', 'line*break', true],
    ['a\nb', 'a?b', true],
    ['aXbYb', 'a*b', true],
    ['abcabd', '*abd', true],
    ['abcab', '*ab?', false],
    ['', '*', true],
    ['', '?', false],
  ])('%j against %j is %s', (name, pattern, expected) => {
    expect(matchGlob(pattern, name)).toBe(expected);
  });

  it('agrees with matching by dynamic programming on random patterns and names', () => {
    const random = seeded(3);
    const choose = (alphabet: string, max: number) =>
      Array.from({ length: Math.floor(random() * (max + 1)) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 5000; round++) {
      const pattern = choose('ab*?*a/', 10);
      const name = choose('ab/', 12);
      expect(matchGlob(pattern, name), `${JSON.stringify(name)} against ${JSON.stringify(pattern)}`).toBe(matchesByTable(pattern, name));
    }
  });

  it('tests many names against one compiled pattern', () => {
    const isMarkdown = compileGlob('docs/*.md');
    expect(['docs/a.md', 'docs/x/b.md', 'src/a.md', 'docs/a.mdx'].map(isMarkdown)).toEqual([true, true, false, false]);
  });
});

describe('matchGlob on adversarial input', () => {
  // A backtracking matcher takes exponential time on these; each finishes in milliseconds here.
  const long = 'a'.repeat(100_000);

  it('answers 30 stars against a 100 000-character name', () => {
    expect(matchGlob(`${'*a'.repeat(30)}*b`, long)).toBe(false);
    expect(matchGlob(`${'*a'.repeat(30)}*b`, `${long}b`)).toBe(true);
    expect(matchGlob(`${'*?'.repeat(30)}*b`, long)).toBe(false);
    expect(matchGlob(`${'*[ab]'.repeat(30)}*c`, long)).toBe(false);
  });

  it('answers the pattern that made search_files take minutes', () => {
    expect(matchGlob('*a*a*a*a*a*a*a*a*b', 'a'.repeat(50))).toBe(false);
  });

  it('finds a long run of plain characters in a longer name in linear time', () => {
    expect(matchGlob(`*${'a'.repeat(50_000)}b*`, 'a'.repeat(200_000))).toBe(false);
    expect(matchGlob(`*${'a'.repeat(50_000)}b*`, `${'a'.repeat(200_000)}b`)).toBe(true);
  });

  it('compiles a pattern of many unclosed brackets or class ranges in linear time', () => {
    expect(matchGlob('['.repeat(200_000), '['.repeat(200_000))).toBe(true);
    expect(matchGlob(`*[${'z-a'.repeat(100_000)}]`, 'x')).toBe(false);
    expect(matchGlob(`*[${'a-b'.repeat(100_000)}]`, 'ccb')).toBe(true);
  });
});

/** Whether `name` matches, by the textbook table over (pattern prefix, name prefix); no classes. */
function matchesByTable(pattern: string, name: string): boolean {
  const p = Array.from(pattern);
  const n = Array.from(name);
  let previous = Array.from({ length: n.length + 1 }, (_, j) => j === 0);
  for (const piece of p) {
    const current = Array.from({ length: n.length + 1 }, () => false);
    current[0] = piece === '*' && (previous[0] as boolean);
    for (let j = 1; j <= n.length; j++) {
      if (piece === '*') current[j] = (previous[j] as boolean) || (current[j - 1] as boolean);
      else current[j] = (previous[j - 1] as boolean) && (piece === '?' || piece === n[j - 1]);
    }
    previous = current;
  }
  return previous[n.length] as boolean;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
