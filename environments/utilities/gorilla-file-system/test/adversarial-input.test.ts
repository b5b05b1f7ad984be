import { describe, expect, it } from 'vitest';
import { gorillaFileSystem as fs } from '../src/index.js';

// A file an agent wrote and a pattern it sent can both fill a request body. The engine's own
// substring search is quadratic on some of them ("a" × n against "a…ab a…a"); Python's `in`, which
// the reference uses, is linear, and so are these calls.
const text = 'a'.repeat(1_000_000);
const needle = `${'a'.repeat(200_000)}b${'a'.repeat(200_000)}`;
const world = fs.load({
  root: {
    home: {
      type: 'directory',
      contents: {
        'big.txt': { type: 'file', content: `${text}\nshort line\n${text}b${text}` },
        [text]: { type: 'directory', contents: {} },
      },
    },
  },
});

describe('GorillaFileSystem on adversarial input', () => {
  it('grep finds a long pattern in long lines in linear time', () => {
    expect(fs.call(world, 'grep', { file_name: 'big.txt', pattern: needle }).content).toEqual({
      matching_lines: [`${text}b${text}`],
    });
  });

  it('find matches a long name in linear time', () => {
    expect(fs.call(world, 'find', { name: needle }).content).toEqual({ matches: [] });
    expect(fs.call(world, 'find', { name: text.slice(1) }).content).toEqual({ matches: [`./${text}`] });
  });
});
