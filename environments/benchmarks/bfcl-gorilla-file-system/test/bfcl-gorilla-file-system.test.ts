import { runCalls, type ScriptedCall } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { bfclGorillaFileSystem as fs } from '../src/index.js';
import { FILE_CONTENT_EXTENSION, POPULATE_FILE_EXTENSION } from '../src/long-context.js';

const world = {
  root: {
    workspace: {
      type: 'directory',
      contents: {
        docs: {
          type: 'directory',
          contents: {
            'a.txt': { type: 'file', content: 'beta\nalpha\ngamma beta' },
            'b.txt': { type: 'file', content: 'beta\nALPHA' },
            'log.txt': { type: 'file', content: 'one\ntwo\nthree' },
          },
        },
        archive: { type: 'directory', contents: { 'a.txt': { type: 'file', content: 'old' } } },
        '.hidden': { type: 'file', content: 'x' },
      },
    },
  },
};

function run(calls: ScriptedCall[], scenario: unknown = world) {
  const { outcomes, state } = runCalls(fs, scenario, calls);
  return { state, results: outcomes.map((o) => o.content), outcomes };
}

describe('BfclGorillaFileSystem navigation', () => {
  it('pwd includes the root directory name, cd moves one level and answers the name', () => {
    const { results } = run([
      ['pwd'],
      ['cd', { folder: 'docs' }],
      ['pwd'],
      ['cd', { folder: '..' }],
      ['cd', { folder: '..' }],
      ['cd', { folder: '/' }],
    ]);
    expect(results).toEqual([
      { current_working_directory: '/workspace' },
      { current_working_directory: 'docs' },
      { current_working_directory: '/workspace/docs' },
      {},
      { error: 'Current directory is already the root. Cannot go back.' },
      { current_working_directory: 'workspace' },
    ]);
  });

  it('refuses nested paths and missing folders with BFCL error results, keeping the directory', () => {
    const { results, state } = run([
      ['cd', { folder: 'docs/inner' }],
      ['cd', { folder: 'nope' }],
      ['cd', { folder: 'docs/' }],
    ]);
    expect(results.slice(0, 2)).toEqual([
      { error: 'cd: docs/inner: Unsupported path. Only one folder level at a time is supported.' },
      { error: "cd: 'nope': No such file or directory" },
    ]);
    expect(results[2]).toEqual({ current_working_directory: 'docs' });
    expect(state._cwd).toEqual(['docs']);
  });

  it('ls hides dot names unless a is true; find lists matching paths below a path', () => {
    const { results } = run([['ls'], ['ls', { a: true }], ['find', { name: 'a.txt' }], ['find', { path: 'missing' }]]);
    expect(results).toEqual([
      { current_directory_content: ['docs', 'archive'] },
      { current_directory_content: ['docs', 'archive', '.hidden'] },
      { matches: ['./docs/a.txt', './archive/a.txt'] },
      { error: "find: 'missing': No such file or directory" },
    ]);
  });
});

describe('BfclGorillaFileSystem reading', () => {
  it('sorts, greps, tails, counts and diffs as BFCL does', () => {
    const { results } = run([
      ['cd', { folder: 'docs' }],
      ['sort', { file_name: 'a.txt' }],
      ['grep', { file_name: 'a.txt', pattern: 'beta' }],
      ['tail', { file_name: 'log.txt', lines: 2 }],
      ['tail', { file_name: 'log.txt', lines: 0 }],
      ['wc', { file_name: 'a.txt', mode: 'w' }],
      ['wc', { file_name: 'a.txt', mode: 'x' }],
      ['diff', { file_name1: 'a.txt', file_name2: 'b.txt' }],
      ['du'],
    ]);
    expect(results.slice(1)).toEqual([
      { sorted_content: 'alpha\nbeta\ngamma beta' },
      { matching_lines: ['beta', 'gamma beta'] },
      { last_lines: 'two\nthree' },
      { last_lines: 'one\ntwo\nthree' },
      { count: 4, type: 'words' },
      { error: "wc: invalid mode 'x'" },
      { diff_lines: '- alpha\n+ ALPHA' },
      { disk_usage: '44 bytes' },
    ]);
  });

  it('answers a directory or a missing name with the error result BFCL gives', () => {
    const { results } = run([
      ['cat', { file_name: 'docs' }],
      ['grep', { file_name: 'docs', pattern: 'x' }],
      ['cat', { file_name: 'a|b' }],
    ]);
    expect(results).toEqual([
      { error: "cat: 'docs': Is a directory" },
      { error: 'grep: docs: No such file or directory' },
      { error: "cat: 'a|b': Invalid character" },
    ]);
  });
});

describe('BfclGorillaFileSystem changes', () => {
  it('mv moves into a directory, renames otherwise, and refuses a taken name in the target', () => {
    const { results, state } = run([
      ['mv', { source: 'docs', destination: 'papers' }],
      ['cd', { folder: 'papers' }],
      ['mv', { source: 'a.txt', destination: 'log.txt' }],
      ['cd', { folder: '..' }],
      ['touch', { file_name: 'a.txt' }],
      ['mv', { source: 'a.txt', destination: 'archive' }],
    ]);
    expect(results).toEqual([
      { result: "'docs' moved to 'papers'" },
      { current_working_directory: 'papers' },
      { error: "mv: cannot move 'a.txt' to 'log.txt': Not a directory" },
      {},
      null,
      { error: "mv: cannot move 'a.txt' to 'archive/a.txt': File exists" },
    ]);
    expect(Object.keys(state.root.workspace!.contents)).toEqual(['archive', '.hidden', 'papers', 'a.txt']);
  });

  it('moving a directory into itself makes it disappear, as in BFCL', () => {
    const { results, state } = run([['mv', { source: 'archive', destination: 'archive' }]]);
    expect(results[0]).toEqual({ result: "'archive' moved to 'archive/archive'" });
    expect(Object.keys(state.root.workspace!.contents)).toEqual(['docs', '.hidden']);
  });

  it('cp copies deeply, so writing the copy leaves the original alone', () => {
    const { state } = run([
      ['cp', { source: 'docs', destination: 'docs2' }],
      ['cd', { folder: 'docs2' }],
      ['echo', { content: 'changed', file_name: 'a.txt' }],
    ]);
    const root = state.root.workspace!.contents;
    expect(root.docs2).toMatchObject({ contents: { 'a.txt': { content: 'changed' } } });
    expect(root.docs).toMatchObject({ contents: { 'a.txt': { content: 'beta\nalpha\ngamma beta' } } });
  });

  it('failures BFCL raises are tool errors with its text, and change nothing', () => {
    const start = fs.load(world);
    const withFile = fs.call(start, 'touch', { file_name: 'a.txt' }).state;
    const taken = fs.call(withFile, 'cp', { source: 'a.txt', destination: 'archive' });
    expect(taken).toMatchObject({ isError: true, content: { message: "File 'a.txt' already exists in directory 'archive'." } });
    expect(taken.state).toBe(withFile);
    const echoDir = fs.call(start, 'echo', { content: 'x', file_name: 'docs' });
    expect(echoDir).toMatchObject({ isError: true, content: { message: "'Directory' object has no attribute '_write'" } });
    expect(echoDir.state).toBe(start);
    const self = fs.call(start, 'cp', { source: 'docs', destination: 'docs' });
    expect(self.isError).toBe(true);
    expect(self.state).toBe(start);
  });

  it('rmdir refuses a non-empty directory and a file; rm removes either', () => {
    const { results } = run([['rmdir', { dir_name: 'docs' }], ['rmdir', { dir_name: '.hidden' }], ['rm', { file_name: 'docs' }], ['ls']]);
    expect(results).toEqual([
      { error: "rmdir: cannot remove 'docs': Directory not empty" },
      { error: "rmdir: cannot remove '.hidden': Not a directory" },
      { result: "'docs' removed" },
      { current_directory_content: ['archive'] },
    ]);
  });

  it('echo without a file name is terminal output; into a missing file is an error result', () => {
    const { results, state } = run([
      ['echo', { content: 'hi' }],
      ['echo', { content: 'hi', file_name: 'new.txt' }],
    ]);
    expect(results).toEqual([{ terminal_output: 'hi' }, { error: "echo: cannot write to 'new.txt': No such file" }]);
    expect(Object.hasOwn(state.root.workspace!.contents, 'new.txt')).toBe(false);
  });
});

describe('BfclGorillaFileSystem scenarios', () => {
  it('loads BFCL’s default (an empty root named "/") from {}', () => {
    expect(fs.load({}).root).toEqual({ '/': { type: 'directory', contents: {} } });
    expect(fs.call(fs.load({}), 'pwd', {}).content).toEqual({ current_working_directory: '//' });
  });

  it('applies the long-context additions once, so a saved state reloads unchanged', () => {
    const state = fs.load({ ...world, long_context: true });
    const docs = state.root.workspace!.contents.docs as { contents: Record<string, { content: string }> };
    expect(docs.contents['a.txt']!.content).toBe(`beta\nalpha\ngamma beta${FILE_CONTENT_EXTENSION}`);
    expect(docs.contents['log.txt']!.content).toBe('one\ntwo\nthree');
    expect(Object.keys(docs.contents).slice(3)).toEqual(POPULATE_FILE_EXTENSION);
    expect(fs.load(JSON.parse(JSON.stringify(fs.save(state))))).toEqual(state);
  });

  it('refuses a file without content and a root entry without a directory, naming the field', () => {
    expect(() => fs.load({ root: { w: { type: 'directory', contents: { f: { type: 'file' } } } } })).toThrow(
      /root\.w\.contents\.f\.content/,
    );
    expect(() => fs.load({ root: { w: 'x' } })).toThrow(/root/);
    expect(() => fs.load({ root: {} })).toThrow(/root/);
  });
});
