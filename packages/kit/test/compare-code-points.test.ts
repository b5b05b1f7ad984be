import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../src/index.js';

describe('compareCodePoints', () => {
  it('sorts as Python sorted() does, characters outside the BMP last', () => {
    // CPython 3.11: sorted(['b', 'a', '😀', '～', 'ab', '']) == ['', 'a', 'ab', 'b', '～', '😀']
    expect(['b', 'a', '😀', '～', 'ab', ''].sort(compareCodePoints)).toEqual(['', 'a', 'ab', 'b', '～', '😀']);
    // UTF-16 order would put the emoji (a surrogate pair, 0xD83D…) before '～' (0xFF5E).
    expect(['😀', '～'].sort()).toEqual(['😀', '～']);
  });

  it('gives zero for equal strings and puts a prefix first', () => {
    expect(compareCodePoints('2024-01-05', '2024-01-05')).toBe(0);
    expect(compareCodePoints('2024-01', '2024-01-05')).toBeLessThan(0);
    expect(compareCodePoints('2024-01-05', '2024-01')).toBeGreaterThan(0);
    expect(compareCodePoints('2024-01-05', '2024-02')).toBeLessThan(0);
  });
});
