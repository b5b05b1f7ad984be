import { describe, expect, it } from 'vitest';
import { pythonSplit, pythonStrip } from '../src/index.js';

// Expected values were observed from CPython 3.11's str.strip() and str.split().
describe('Python whitespace', () => {
  const text = ' \x1f a\x85b\u3000c \ufeff ';

  it('strips what str.isspace() accepts, which is not what trim() removes', () => {
    expect(pythonStrip(text)).toBe('a\x85b\u3000c \ufeff');
    expect(pythonStrip('\x1c\x1d\x1e\x1f\x85x\u2028\u205f')).toBe('x');
    expect(pythonStrip('')).toBe('');
    expect(pythonStrip(' \t\n ')).toBe('');
  });

  it('splits on runs of whitespace and never yields an empty word', () => {
    expect(pythonSplit(text)).toEqual(['a', 'b', 'c', '\ufeff']);
    expect(pythonSplit('')).toEqual([]);
    expect(pythonSplit('  \n ')).toEqual([]);
    expect(pythonSplit('one  two\tthree')).toEqual(['one', 'two', 'three']);
  });

  it('strips and splits a million-character run of whitespace followed by text in linear time', () => {
    const run = ' \u3000\x1f\n'.repeat(250_000);
    expect(pythonStrip(`${run}x`)).toBe('x');
    expect(pythonStrip(`x${run}x`)).toBe(`x${run}x`);
    expect(pythonStrip(`x${run}`)).toBe('x');
    expect(pythonSplit(`a${run}b${run}`)).toEqual(['a', 'b']);
  });
});
