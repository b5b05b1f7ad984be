import { runCalls, type ScriptedCall } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { type GorillaFileSystemState, gorillaFileSystem as fs } from '../src/index.js';

// The kit's runCalls, plus each outcome's content (`results`), which most checks read.
function run(scenario: unknown, calls: ScriptedCall[]) {
  const { outcomes, state } = runCalls(fs, scenario, calls);
  return { outcomes, state, results: outcomes.map((o) => o.content) };
}

// A failing call must report `message` and hand back the very same state object.
function expectFailure(state: GorillaFileSystemState, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const outcome = fs.call(state, name, args);
  expect(outcome.isError).toBe(true);
  const text = (outcome.content as { message: string }).message;
  if (typeof message === 'string') expect(text).toBe(message);
  else expect(text).toMatch(message);
  expect(outcome.state).toBe(state);
}

// A refusal the reference reports as a normal answer ({error} or a sentence): no change either.
function expectRefusal(state: GorillaFileSystemState, name: string, args: Record<string, unknown>, content: unknown) {
  const outcome = fs.call(state, name, args);
  expect(outcome.isError).toBe(false);
  expect(outcome.content).toEqual(content);
  expect(outcome.state).toBe(state);
}

const dir = (contents: Record<string, unknown> = {}) => ({ type: 'directory', contents });
const file = (content: string) => ({ type: 'file', content });

// A root named "home" with nesting three levels deep.
const nested = {
  root: {
    home: dir({
      a: dir({ b: dir({ c: dir({ 'f.txt': file('F') }) }), 'g.txt': file('G') }),
      z: dir(),
    }),
  },
};

const cwdOf = (state: GorillaFileSystemState) => state.current_dir;

describe('GorillaFileSystem scenario', () => {
  it('loads the reference default world from {}', () => {
    const state = fs.load({});
    expect(state).toEqual({
      root: { root: { type: 'directory', contents: { 'example.txt': file('This is an example file'), subdir: dir() } } },
      current_dir: '/',
      current_time: '2024-01-01T00:00:00',
    });
  });

  it('keeps the root under its own name and resolves current_dir to an absolute path', () => {
    const abs = fs.load({ ...nested, current_dir: '/home/a/b' });
    expect(abs.current_dir).toBe('/a/b');
    expect(Object.keys(abs.root)).toEqual(['home']);
    expect(fs.load({ ...nested, current_dir: 'a/b/' }).current_dir).toBe('/a/b');
    expect(fs.load({ ...nested, current_dir: '/a/g.txt' }).current_dir).toBe('/');
    expect(fs.load({ ...nested, current_dir: '/nowhere' }).current_dir).toBe('/');
    expect(fs.load({ ...nested, current_dir: '' }).current_dir).toBe('/');
  });

  it('saves what the reference saves: unnamed roots become "root", unknown entry types and extra keys go', () => {
    expect(fs.save(fs.load({ root: {} })).root).toEqual({ root: dir() });
    expect(fs.save(fs.load({ root: { '/': dir({ f: { type: 'file' } }) } })).root).toEqual({ root: dir({ f: file('') }) });
    const loose = fs.load({
      root: {
        r: { contents: { f: { type: 'file', content: 'a', extra: 1 }, link: { type: 'symlink' }, d: { type: 'directory' } } },
        ignored: dir(),
      },
    });
    expect(loose.root).toEqual({ r: dir({ f: file('a'), d: dir() }) });
    expect(fs.load({ root: { r: dir({ f: { type: 'file', content: null } }) } }).root).toEqual({ r: dir({ f: file('') }) });
  });

  it('round-trips: loading a saved state gives the same state', () => {
    for (const scenario of [{}, nested, { ...nested, current_dir: '/a/b/c' }, fs.presets.demo]) {
      const saved = fs.save(fs.load(scenario));
      expect(fs.load(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    }
    const { state } = run(nested, [
      ['cd', { folder: 'a/b' }],
      ['mkdir', { dir_name: 'new' }],
      ['cd', { folder: 'new' }],
    ]);
    expect(fs.load(JSON.parse(JSON.stringify(fs.save(state))))).toEqual(state);
  });

  it('rejects malformed scenarios, naming the field', () => {
    expect(() => fs.load({ root: { r: dir({ f: { content: 'x' } }) } })).toThrow(/root\.r\.contents\.f.*type/);
    expect(() => fs.load({ root: { r: dir({ f: 'x' }) } })).toThrow(/root\.r\.contents\.f/);
    expect(() => fs.load({ root: { r: 'x' } })).toThrow(/root\.r/);
    expect(() => fs.load({ root: { r: dir({ f: { type: 'file', content: 5 } }) } })).toThrow(/content must be a string/);
    expect(() => fs.load({ root: null })).toThrow(/root/);
    expect(() => fs.load({ current_time: '2024-01-01' })).toThrow(/current_time/);
    expect(() => fs.load({ current_dir: 5 })).toThrow(/current_dir/);
  });

  it('ships a demo world that loads and starts in /projects', () => {
    const state = fs.loadPreset('demo');
    expect(Object.keys(state.root)).toEqual(['alex']);
    expect(fs.call(state, 'pwd', {}).content).toEqual({ current_working_directory: '/projects' });
    expect(fs.call(state, 'ls', {}).content).toEqual({ current_directory_content: ['web-shop', 'legacy-api', 'archive'] });
  });
});

describe('navigation: pwd, ls, cd', () => {
  it('lists in creation order and hides dot-names unless a is true', () => {
    const { results } = run({ root: { r: dir({ b: file(''), '.env': file('x'), a: dir() }) } }, [
      ['ls'],
      ['ls', { a: true }],
      ['ls', { a: 'yes' }],
    ]);
    expect(results).toEqual([
      { current_directory_content: ['b', 'a'] },
      { current_directory_content: ['b', '.env', 'a'] },
      { current_directory_content: ['b', '.env', 'a'] },
    ]);
  });

  it('follows relative, absolute, root-named and "."-containing paths', () => {
    const { results, state } = run(nested, [
      ['cd', { folder: 'a/b/c' }],
      ['cd', { folder: '..' }],
      ['cd', { folder: '/home/z' }],
      ['cd', { folder: '/a/b' }],
      ['cd', { folder: 'home/c' }], // a leading root name is skipped even in a relative path
      ['cd', { folder: '/a/./b/c/.' }],
      ['cd', { folder: '/' }],
      ['cd', { folder: 'a/' }],
      ['cd', { folder: '.' }],
      ['pwd'],
    ]);
    expect(results).toEqual([
      'Changed to /a/b/c',
      'Changed to /a/b',
      'Changed to /z',
      'Changed to /a/b',
      'Changed to /a/b/c',
      'Changed to /a/b/c',
      'Changed to /',
      'Changed to /a',
      'Changed to /a',
      { current_working_directory: '/a' },
    ]);
    expect(cwdOf(state)).toBe('/a');
  });

  it('answers a missing folder, a file, ".." inside a path or ".." at the root with a sentence, changing nothing', () => {
    const state = fs.load({ ...nested, current_dir: '/a' });
    const missing = (folder: string) => `cd: ${folder}: No such directory. You cannot use path to change directory.`;
    expectRefusal(state, 'cd', { folder: 'nope' }, missing('nope'));
    expectRefusal(state, 'cd', { folder: 'g.txt' }, missing('g.txt'));
    expectRefusal(state, 'cd', { folder: '../z' }, missing('../z'));
    expectRefusal(state, 'cd', { folder: 'b//c' }, missing('b//c'));
    expectRefusal(fs.load(nested), 'cd', { folder: '..' }, 'Current directory is already the root. Cannot go back.');
  });

  it('refuses an empty folder name', () => {
    expectFailure(fs.load({}), 'cd', { folder: '' }, 'Folder must be a non-empty string');
    expectFailure(fs.load({}), 'cd', {}, 'Missing required argument "folder"');
  });

  it('shows pwd below the nearest directory named like the root, as the reference does', () => {
    const { results, state } = run(nested, [
      ['cd', { folder: 'a' }],
      ['mkdir', { dir_name: 'home' }],
      ['cd', { folder: './home' }],
      ['pwd'],
    ]);
    expect(results.slice(2)).toEqual(['Changed to /', { current_working_directory: '/' }]);
    // The state still knows where it is, so the next step and a reload resolve the right directory.
    expect(cwdOf(state)).toBe('/a/home');
    expect(fs.load(fs.save(state)).current_dir).toBe('/a/home');
  });
});

describe('creating: mkdir, touch, echo', () => {
  it('creates directories and files at the end of the listing', () => {
    const { results, state } = run({}, [
      ['mkdir', { dir_name: 'docs' }],
      ['touch', { file_name: 'new.txt' }],
      ['echo', { content: 'hi', file_name: 'note.txt' }],
      ['ls'],
    ]);
    expect(results).toEqual([
      "Successfully created directory 'docs'",
      "Successfully created file 'new.txt'",
      { terminal_output: 'Content written to file' },
      { current_directory_content: ['example.txt', 'subdir', 'docs', 'new.txt', 'note.txt'] },
    ]);
    expect(state.root.root?.contents['new.txt']).toEqual(file(''));
    expect(state.root.root?.contents['note.txt']).toEqual(file('hi'));
  });

  it('refuses existing names and invalid characters with a sentence, changing nothing', () => {
    const state = fs.load({});
    expectRefusal(state, 'mkdir', { dir_name: 'subdir' }, "mkdir: cannot create directory 'subdir': File exists");
    expectRefusal(state, 'mkdir', { dir_name: 'example.txt' }, "mkdir: cannot create directory 'example.txt': File exists");
    expectRefusal(state, 'touch', { file_name: 'subdir' }, "touch: cannot touch 'subdir': File exists");
    for (const bad of ['a/b', 'a|b', 'a\\b', 'a?', '50%', '*', 'c:', 'say"', '<x>']) {
      expectRefusal(state, 'mkdir', { dir_name: bad }, `mkdir: cannot create directory '${bad}': Invalid character`);
      expectRefusal(state, 'touch', { file_name: bad }, `touch: cannot touch '${bad}': Invalid character`);
      expectRefusal(state, 'echo', { content: 'x', file_name: bad }, { error: `echo: cannot touch '${bad}': Invalid character` });
    }
  });

  it('refuses empty names and names JavaScript objects cannot hold', () => {
    const state = fs.load({});
    expectFailure(state, 'mkdir', { dir_name: '' }, 'Directory name must be a non-empty string');
    expectFailure(state, 'touch', { file_name: '' }, 'File name must be a non-empty string');
    expectFailure(state, 'mkdir', { dir_name: '__proto__' }, '"__proto__" cannot be used as a file or directory name');
    expectFailure(state, 'echo', { content: 'x', file_name: '__proto__' }, /__proto__/);
  });

  it('echo prints without a file, overwrites an existing file in place and refuses a directory', () => {
    const { results, state } = run({}, [
      ['echo', { content: 'hello' }],
      ['echo', { content: 'new text', file_name: 'example.txt' }],
      ['ls'],
    ]);
    expect(results[0]).toEqual({ terminal_output: 'hello' });
    expect(results[2]).toEqual({ current_directory_content: ['example.txt', 'subdir'] });
    expect(state.root.root?.contents['example.txt']).toEqual(file('new text'));
    expectFailure(state, 'echo', { content: 'x', file_name: 'subdir' }, 'echo: subdir: Is a directory');
  });

  it('echo with an empty file name reports success and writes nothing, like the reference', () => {
    const state = fs.load({});
    const outcome = fs.call(state, 'echo', { content: 'x', file_name: '' });
    expect(outcome.content).toEqual({ terminal_output: 'Content written to file' });
    expect(outcome.state).toBe(state);
  });
});

const texts = {
  root: {
    r: dir({
      'a.txt': file('zeta\nalpha\r\nBeta\n\nalpha beta  gamma\fdelta'),
      'b.txt': file('zeta\nALPHA\nBeta'),
      'uni.txt': file('héllo 😀 wörld\nabc\u3000def'),
      'empty.txt': file(''),
      d: dir({ x: file('1') }),
    }),
  },
};

describe('reading: cat, wc, sort, grep, tail, diff', () => {
  it('cat shows a file and explains a directory, a missing name or an invalid name', () => {
    const state = fs.load(texts);
    expect(fs.call(state, 'cat', { file_name: 'b.txt' }).content).toEqual({ file_content: 'zeta\nALPHA\nBeta' });
    expectRefusal(state, 'cat', { file_name: 'd' }, { error: 'cat: d: Is a directory' });
    expectRefusal(state, 'cat', { file_name: 'nope' }, { error: 'cat: nope: No such file or directory' });
    expectRefusal(state, 'cat', { file_name: 'constructor' }, { error: 'cat: constructor: No such file or directory' });
    expectRefusal(state, 'cat', { file_name: 'a*' }, { error: "cat: 'a*': Invalid character" });
    expectFailure(state, 'cat', { file_name: '' }, 'File name must be a non-empty string');
  });

  it('wc counts lines, words and characters with Python semantics', () => {
    const { results } = run(texts, [
      ['wc', { file_name: 'a.txt' }],
      ['wc', { file_name: 'a.txt', mode: 'w' }],
      ['wc', { file_name: 'uni.txt', mode: 'c' }],
      ['wc', { file_name: 'uni.txt', mode: 'w' }],
      ['wc', { file_name: 'empty.txt' }],
    ]);
    expect(results).toEqual([
      { count: 6, type: 'lines' }, // "\r\n" and form feed both end a line
      { count: 7, type: 'words' },
      { count: 21, type: 'characters' }, // the emoji is one character
      { count: 5, type: 'words' }, // the ideographic space separates words
      { count: 0, type: 'lines' },
    ]);
    const state = fs.load(texts);
    expectRefusal(state, 'wc', { file_name: 'd' }, { error: 'wc: d: No such file or directory' });
    expectFailure(state, 'wc', { file_name: 'a.txt', mode: 'x' }, "Mode must be 'l', 'w', or 'c'");
    expectFailure(state, 'wc', { file_name: '' }, 'File name must be a non-empty string');
  });

  it('sort orders lines by code point without changing the file', () => {
    const { results, state } = run(texts, [['sort', { file_name: 'a.txt' }]]);
    expect(results[0]).toEqual({ sorted_content: '\nBeta\nalpha\nalpha beta  gamma\ndelta\nzeta' });
    expect(state).toEqual(fs.load(texts));
    expectRefusal(fs.load(texts), 'sort', { file_name: 'x' }, { error: 'sort: x: No such file or directory' });
    expectFailure(fs.load(texts), 'sort', { file_name: '' }, 'File name must be a non-empty string');
  });

  it('grep keeps lines containing the pattern, case-sensitively', () => {
    const state = fs.load(texts);
    expect(fs.call(state, 'grep', { file_name: 'a.txt', pattern: 'alpha' }).content).toEqual({
      matching_lines: ['alpha', 'alpha beta  gamma'],
    });
    expect(fs.call(state, 'grep', { file_name: 'a.txt', pattern: 'ALPHA' }).content).toEqual({ matching_lines: [] });
    expectRefusal(state, 'grep', { file_name: 'd', pattern: 'a' }, { error: 'grep: d: No such file or directory' });
    expectFailure(state, 'grep', { file_name: 'a.txt', pattern: '' }, 'Pattern must be a non-empty string');
    expectFailure(state, 'grep', { file_name: '', pattern: 'a' }, 'File name must be a non-empty string');
  });

  it('tail shows the last lines, all of a short file, and the whole file for lines = 0 (as the reference)', () => {
    const state = fs.load(texts);
    const tail = (args: Record<string, unknown>) => fs.call(state, 'tail', { file_name: 'a.txt', ...args }).content;
    expect(tail({ lines: 2 })).toEqual({ last_lines: 'alpha beta  gamma\ndelta' });
    expect(tail({ lines: '1' })).toEqual({ last_lines: 'delta' });
    expect(tail({})).toEqual({ last_lines: 'zeta\nalpha\nBeta\n\nalpha beta  gamma\ndelta' });
    expect(tail({ lines: 0 })).toEqual({ last_lines: 'zeta\nalpha\nBeta\n\nalpha beta  gamma\ndelta' });
    expect(tail({ lines: 100 })).toEqual(tail({}));
    expect(fs.call(state, 'tail', { file_name: 'empty.txt', lines: 0 }).content).toEqual({ last_lines: '' });
    expectFailure(state, 'tail', { file_name: 'a.txt', lines: -1 }, 'Lines must be a non-negative integer');
    expectFailure(state, 'tail', { file_name: 'a.txt', lines: 2.5 }, /lines/);
    expectRefusal(state, 'tail', { file_name: 'd' }, { error: 'tail: d: No such file or directory' });
  });

  it('tail reads a count past 2^53 as Python does (whole file), but not one only a float could spell', () => {
    const state = fs.load(texts);
    expect(fs.call(state, 'tail', { file_name: 'a.txt', lines: 1e20 }).content).toEqual(
      fs.call(state, 'tail', { file_name: 'a.txt', lines: 100 }).content,
    );
    expectRefusal(state, 'tail', { file_name: 'd', lines: 1e20 }, { error: 'tail: d: No such file or directory' });
    expectFailure(state, 'tail', { file_name: 'a.txt', lines: 1e308 }, /lines/);
  });

  it('diff pairs differing lines and ignores lines past the end of the shorter file (as the reference)', () => {
    const { results } = run(
      {
        root: {
          r: dir({ one: file('b\na\nc\n'), two: file('b\nA\nc\nd'), same: file('b\na\nc'), empty: file(''), prefix: file('b\na') }),
        },
      },
      [
        ['diff', { file_name1: 'one', file_name2: 'two' }],
        ['diff', { file_name1: 'two', file_name2: 'one' }],
        ['diff', { file_name1: 'one', file_name2: 'same' }],
        ['diff', { file_name1: 'one', file_name2: 'empty' }],
        ['diff', { file_name1: 'one', file_name2: 'prefix' }],
      ],
    );
    expect(results).toEqual([
      { diff_lines: '- a\n+ A' },
      { diff_lines: '- A\n+ a' },
      { diff_lines: '' },
      { diff_lines: '' },
      { diff_lines: '' },
    ]);
    const state = fs.load(texts);
    expectRefusal(state, 'diff', { file_name1: 'a.txt', file_name2: 'd' }, { error: 'diff: a.txt or d: No such file or directory' });
    expectFailure(state, 'diff', { file_name1: '', file_name2: 'a.txt' }, 'File name 1 must be a non-empty string');
    expectFailure(state, 'diff', { file_name1: 'a.txt', file_name2: '' }, 'File name 2 must be a non-empty string');
  });
});

describe('find and du', () => {
  it('find always searches the working directory and only writes path in front of the results', () => {
    const { results, outcomes } = run({ ...nested, current_dir: '/a' }, [
      ['find'],
      ['find', { name: '.txt' }],
      ['find', { path: '/', name: 'g' }],
      ['find', { path: 'b/', name: '' }],
      ['find', { path: '/home/a/b', name: 'f' }],
      ['find', { path: 'nope', name: 'c' }],
      ['find', { path: 'g.txt', name: 'g' }],
      ['find', { path: '', name: 'zz' }],
    ]);
    expect(results).toEqual([
      { matches: ['./b', './b/c', './b/c/f.txt', './g.txt'] },
      { matches: ['./b/c/f.txt', './g.txt'] },
      { matches: ['/g.txt'] },
      { matches: ['b/b', 'b/b/c', 'b/b/c/f.txt', 'b/g.txt'] },
      { matches: ['/home/a/b/b/c/f.txt'] },
      { matches: ['nope/b/c'] },
      { matches: ['g.txt/g.txt'] },
      { matches: [] },
    ]);
    expect(outcomes.every((outcome) => !outcome.isError)).toBe(true);
  });

  it('du sums UTF-8 bytes below the working directory, in bytes or rounded like Python', () => {
    const world = (bytes: number) => ({ root: { r: dir({ f: file('x'.repeat(bytes)) }) } });
    const du = (bytes: number, human = true) => fs.call(fs.load(world(bytes)), 'du', { human_readable: human }).content;
    expect(du(1152, false)).toEqual({ disk_usage: '1152 bytes' });
    expect(du(1152)).toEqual({ disk_usage: '1.12 KB' }); // 1.125 rounds to even
    expect(du(1023)).toEqual({ disk_usage: '1023.00 B' });
    expect(du(1024 * 1024 + 5120)).toEqual({ disk_usage: '1.00 MB' });
    expect(fs.call(fs.load(texts), 'du', {}).content).toEqual({ disk_usage: '85 bytes' });
  });
});

describe('reorganising: mv, cp, rm, rmdir', () => {
  it('mv renames in place (the entry moves to the end) and moves into an existing directory', () => {
    const { results, state } = run({}, [
      ['mv', { source: 'example.txt', destination: 'renamed.txt' }],
      ['mkdir', { dir_name: 'docs' }],
      ['mv', { source: 'renamed.txt', destination: 'docs' }],
      ['mv', { source: 'subdir', destination: 'docs' }],
      ['ls'],
    ]);
    expect(results).toEqual([
      { result: "'example.txt' moved to 'renamed.txt'" },
      "Successfully created directory 'docs'",
      { result: "'renamed.txt' moved to 'docs/renamed.txt'" },
      { result: "'subdir' moved to 'docs/subdir'" },
      { current_directory_content: ['docs'] },
    ]);
    expect(state.root.root?.contents.docs).toEqual(dir({ 'renamed.txt': file('This is an example file'), subdir: dir() }));
  });

  it('paths inside a renamed directory use its new name', () => {
    const { results } = run(nested, [
      ['mv', { source: 'a', destination: 'x' }],
      ['cd', { folder: 'x/b/c' }],
      ['cd', { folder: '..' }],
      ['pwd'],
    ]);
    expect(results.slice(1)).toEqual(['Changed to /x/b/c', 'Changed to /x/b', { current_working_directory: '/x/b' }]);
  });

  it('mv and cp refuse what the reference refuses, changing nothing', () => {
    const state = fs.load({ root: { r: dir({ f: file('F'), g: file('G'), d: dir({ f: file('old') }), e: dir() }) } });
    for (const [tool, verb] of [
      ['mv', 'move'],
      ['cp', 'copy'],
    ] as const) {
      expectRefusal(
        state,
        tool,
        { source: 'nope', destination: 'x' },
        { error: `${tool}: cannot ${verb} 'nope': No such file or directory` },
      );
      expectRefusal(state, tool, { source: 'f', destination: 'g' }, { error: `${tool}: cannot ${verb} 'f' to 'g': Not a directory` });
      expectRefusal(state, tool, { source: 'f', destination: 'd' }, { error: `${tool}: cannot ${verb} 'f' to 'd/f': File exists` });
      expectFailure(state, tool, { source: '', destination: 'x' }, 'Source must be a non-empty string');
      expectFailure(state, tool, { source: 'f', destination: '' }, 'Destination must be a non-empty string');
    }
    expectRefusal(
      state,
      'mv',
      { source: 'f', destination: 'e/f' },
      {
        error: 'mv: no path allowed in destination. Only file name and folder name is supported for this operation.',
      },
    );
    expectRefusal(
      state,
      'cp',
      { source: 'f', destination: 'e/f' },
      {
        error: "cp: don't allow path in destination. Only file name and folder name is supported for this operation.",
      },
    );
    expectRefusal(state, 'mv', { source: 'e', destination: 'e' }, { error: "mv: cannot move 'e' to a subdirectory of itself, 'e/e'" });
    expectRefusal(state, 'cp', { source: 'e', destination: 'e' }, { error: "cp: cannot copy a directory, 'e', into itself, 'e/e'" });
  });

  it('cp copies files and whole directories deeply: changing the copy leaves the original alone', () => {
    const { results, state } = run(nested, [
      ['cp', { source: 'a', destination: 'backup' }],
      ['cp', { source: 'z', destination: 'a' }],
      ['cd', { folder: 'backup/b/c' }],
      ['echo', { content: 'changed', file_name: 'f.txt' }],
      ['cd', { folder: '/a/b/c' }],
      ['cat', { file_name: 'f.txt' }],
    ]);
    expect(results[0]).toEqual({ result: "'a' copied to 'backup'" });
    expect(results[1]).toEqual({ result: "'z' copied to 'a/z'" });
    expect(results[5]).toEqual({ file_content: 'F' });
    expect(Object.keys(state.root.home?.contents ?? {})).toEqual(['a', 'z', 'backup']);
  });

  it('rm deletes files and whole directories; rmdir only empty directories', () => {
    const { results, state } = run({}, [['rmdir', { dir_name: 'subdir' }], ['rm', { file_name: 'example.txt' }], ['ls']]);
    expect(results).toEqual([{ result: "'subdir' removed" }, { result: "'example.txt' removed" }, { current_directory_content: [] }]);
    expect(state.root.root?.contents).toEqual({});
    expect(run(nested, [['rm', { file_name: 'a' }]]).state.root.home?.contents).toEqual({ z: dir() });

    const before = fs.load(nested);
    expectRefusal(before, 'rmdir', { dir_name: 'a' }, { error: "rmdir: failed to remove 'a': Directory not empty" });
    expectRefusal(fs.load({}), 'rmdir', { dir_name: 'example.txt' }, { error: "rmdir: cannot remove 'example.txt': Not a directory" });
    expectRefusal(before, 'rmdir', { dir_name: 'nope' }, { error: "rmdir: cannot remove 'nope': No such file or directory" });
    expectRefusal(before, 'rm', { file_name: 'nope' }, { error: "rm: cannot remove 'nope': No such file or directory" });
    expectRefusal(
      before,
      'rm',
      { file_name: 'hasOwnProperty' },
      { error: "rm: cannot remove 'hasOwnProperty': No such file or directory" },
    );
    expectFailure(before, 'rm', { file_name: '' }, 'File name must be a non-empty string');
    expectFailure(before, 'rmdir', { dir_name: '' }, 'Directory name must be a non-empty string');
  });
});

describe('a session in the demo world', () => {
  it('reads logs, reorganises notes and keeps every step deterministic', () => {
    const calls: ScriptedCall[] = [
      ['cd', { folder: 'web-shop/logs' }],
      ['grep', { file_name: 'access.log', pattern: ' 500' }],
      ['cd', { folder: '/documents' }],
      ['wc', { file_name: 'résumé.txt', mode: 'c' }],
      ['du', {}],
      ['cd', { folder: '/' }],
      ['mkdir', { dir_name: 'notes' }],
      ['mv', { source: 'shopping.txt', destination: 'notes' }],
      ['sort', { file_name: 'numbers.txt' }],
    ];
    const first = run(fs.presets.demo, calls);
    expect(first.results[1]).toEqual({
      matching_lines: [
        '2025-02-14T09:07:00Z GET /api/users/42 500',
        '2025-02-14T09:20:00Z GET / 500',
        '2025-02-14T09:33:00Z GET /static/app.js 500',
      ],
    });
    expect(first.results[3]).toEqual({ count: 52, type: 'characters' });
    expect(first.results[8]).toEqual({ sorted_content: '1\n10\n100\n9' });
    expect(first.outcomes.every((o) => !o.isError)).toBe(true);
    expect(run(fs.presets.demo, calls).state).toEqual(first.state);
  });
});
