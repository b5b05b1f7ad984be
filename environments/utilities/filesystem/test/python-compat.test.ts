import { describe, expect, it } from 'vitest';
import { pyReplace } from '../src/lib/python-text.js';
import { unifiedDiff } from '../src/lib/unified-diff.js';

// Expected values were observed from CPython 3.11 (difflib, str methods); fnmatch's are the kit's glob tests.
describe('unifiedDiff', () => {
  it('gives nothing for equal inputs', () => {
    expect(unifiedDiff(['a', 'b'], ['a', 'b'], 'f', 'f')).toEqual([]);
  });

  it('splits distant changes into hunks with three lines of context', () => {
    const a = '1 2 3 4 5 6 7 8 9 10 11 12'.split(' ');
    const b = [...a];
    b[1] = 'two';
    b[10] = 'eleven';
    expect(unifiedDiff(a, b, 'f', 'f').join('\n')).toBe(
      '--- f\n+++ f\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+eleven\n 12',
    );
  });

  it('matches difflib on long inputs dominated by one repeated line', () => {
    const a = [...Array<string>(250).fill('x'), 'a', 'b', 'c'];
    const b = [...Array<string>(250).fill('x'), 'a', 'B', 'c'];
    expect(unifiedDiff(a, b, 'f', 'f').join('\n')).toBe('--- f\n+++ f\n@@ -249,5 +249,5 @@\n x\n x\n a\n-b\n+B\n c');
  });
});

describe('Python string helpers', () => {
  it('replaces with an empty needle per code point', () => {
    expect(pyReplace('', '', '-')).toBe('-');
    expect(pyReplace('a😀', '', '-')).toBe('-a-😀-');
    expect(pyReplace('aXbX', 'X', '')).toBe('ab');
  });
});
