import { describe, expect, it } from 'vitest';
import { containsText, indexOfText } from '../src/index.js';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('indexOfText and containsText', () => {
  it('agree with indexOf and includes on short and long needles, from any start', () => {
    const random = seeded(7);
    const text = (length: number) => Array.from({ length }, () => (random() < 0.8 ? 'a' : 'b')).join('');
    for (let round = 0; round < 3000; round++) {
      const haystack = text(Math.floor(random() * 80));
      const needle =
        random() < 0.3 ? haystack.slice(Math.floor(random() * 40), Math.floor(random() * 80)) : text(Math.floor(random() * 40));
      const from = Math.floor(random() * 100) - 10;
      expect(indexOfText(haystack, needle, from), `${needle} in ${haystack} from ${from}`).toBe(haystack.indexOf(needle, from));
      expect(containsText(haystack, needle)).toBe(haystack.includes(needle));
    }
    expect(indexOfText('😀x😀', '😀', 1)).toBe(3);
    expect(indexOfText('abc', '', 10)).toBe(3);
  });

  it('answers needles built to defeat a native search in linear time', () => {
    // V8's indexOf takes minutes on these; Python's `in` and this take milliseconds.
    const text = 'a'.repeat(2_000_000);
    const needle = `${'a'.repeat(400_000)}b${'a'.repeat(400_000)}`;
    expect(containsText(text, needle)).toBe(false);
    expect(indexOfText(`${text}b${text}`, needle)).toBe(1_600_000);
  });
});
