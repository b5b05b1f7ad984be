import { describe, expect, it } from 'vitest';
import { filesystem } from '../src/index.js';

// Inputs shaped to make a backtracking matcher or a quadratic regex stall the process. Each call
// answers in milliseconds, with the result the reference gives.
describe('Filesystem on adversarial input', () => {
  const long = 'a'.repeat(100_000);
  const world = filesystem.load({
    directories: { '/': ['short', 'a'.repeat(50), long] },
    files: {},
  });
  const search = (pattern: string) => filesystem.call(world, 'search_files', { path: '/', pattern }).content;

  it('search_files matches many-star patterns against long names without backtracking', () => {
    expect(search('*a*a*a*a*a*a*a*a*b')).toEqual({ matches: [] });
    expect(search(`${'*a'.repeat(30)}*b`)).toEqual({ matches: [] });
    expect(search(`${'*a'.repeat(30)}*`)).toEqual({ matches: [`/${'a'.repeat(50)}`, `/${long}`] });
    expect(search(`*${'a'.repeat(60)}*`)).toEqual({ matches: [`/${long}`] });
  });

  it('search_files still applies exclusions to what matches', () => {
    const outcome = filesystem.call(world, 'search_files', {
      path: '/',
      pattern: '*a*',
      excludePatterns: ['*a*a*a*a*a*a*a*a*b', '?'.repeat(50)],
    });
    expect(outcome.content).toEqual({ matches: [`/${long}`] });
  });

  it('write_file takes a path of 200 000 slashes in stride', () => {
    const path = `/${'/'.repeat(200_000)}x`;
    const outcome = filesystem.call(filesystem.load({}), 'write_file', { path, content: 'hi' });
    expect(outcome.isError).toBe(false);
    expect(outcome.state.files[path]).toBe('hi');
  });

  it('edit_file finds and replaces a long oldText in long lines in linear time', () => {
    // The engine's substring search is quadratic on this pair; Python's, which the reference uses, is not.
    const text = 'a'.repeat(1_000_000);
    const oldText = `${'a'.repeat(200_000)}b${'a'.repeat(200_000)}`;
    const state = filesystem.load({ files: { '/big.txt': `${text}\n${text}b${text}` }, directories: { '/': ['big.txt'] } });
    const outcome = filesystem.call(state, 'edit_file', { path: '/big.txt', oldText, newText: 'X' });
    expect(outcome.isError).toBe(false);
    expect((outcome.content as { matches: { line_number: number }[] }).matches.map((m) => m.line_number)).toEqual([2]);
    expect(outcome.state.files['/big.txt']).toBe(`${text}\n${'a'.repeat(800_000)}X${'a'.repeat(800_000)}`);
  });
});

describe('directories created for a long path', () => {
  it('creates every missing ancestor of a deep path, each listed in its parent', () => {
    const path = `/d${'/d'.repeat(700)}`;
    const outcome = filesystem.call(filesystem.load({}), 'create_directory', { path });
    expect(outcome.isError).toBe(false);
    expect(Object.keys(outcome.state.directories)).toHaveLength(702);
    expect(outcome.state.directories[path.slice(0, -2)]).toEqual(['d']);
  });

  it('refuses, changing nothing, a path whose missing ancestors would hold more than a mebibyte of keys', () => {
    // 500 000 levels of "./": its ancestors' keys would add up to a quarter of a terabyte.
    const path = './'.repeat(500_000);
    const state = filesystem.load({});
    for (const [tool, args] of [
      ['create_directory', { path }],
      ['write_file', { path: `${path}f.txt`, content: 'x' }],
      ['move_file', { source: '/nowhere', destination: `${path}f.txt` }],
    ] as const) {
      const outcome = filesystem.call(state, tool, args);
      expect(outcome.isError, tool).toBe(true);
      expect(JSON.stringify(outcome.content), tool).toMatch(/more than 1048576 characters together/);
      expect(outcome.state, tool).toBe(state);
    }
  });
});
