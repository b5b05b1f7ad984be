import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { filesystem } from '../src/index.js';

const NOW = '2024-06-01T12:00:00';

// A small tree: /docs with a text file, a binary and a nested folder, plus a dangling listing.
const world = {
  current_time: NOW,
  files: {
    '/docs/notes.txt': 'one\ntwo foo\n  three foo  \nfour',
    '/docs/logo.png': 'PNG',
    '/docs/drafts/plan.md': '# Plan',
    '/docs/drafts/old/v1.md': 'v1',
  },
  directories: {
    '/': ['docs'],
    '/docs': ['notes.txt', 'logo.png', 'drafts', 'gone.txt'],
    '/docs/drafts': ['plan.md', 'old'],
    '/docs/drafts/old': ['v1.md'],
  },
  file_metadata: {
    '/docs/notes.txt': {
      path: '/docs/notes.txt',
      type: 'file',
      size: 30,
      created_time: '2020-01-01T00:00:00',
      modified_time: '2020-02-01T00:00:00',
      access_time: '2020-03-01T00:00:00',
      permissions: 'rw-------',
    },
  },
};

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const before = filesystem.load(scenario);
  const outcome = filesystem.call(before, name, args);
  expect(outcome.isError).toBe(true);
  const text = (outcome.content as { message: string }).message;
  if (typeof message === 'string') expect(text).toBe(message);
  else expect(text).toMatch(message);
  expect(outcome.state).toBe(before);
}

describe('Filesystem scenario', () => {
  it('loads {} as an empty tree with the reference settings and a default clock', () => {
    const state = filesystem.load({});
    expect(state.files).toEqual({});
    expect(state.directories).toEqual({});
    expect(state.current_time).toBe('2025-01-01T00:00:00');
    expect(state.max_file_size).toBe(10485760);
    expect(state.mime_types_map['.png']).toBe('image/png');
    expect(state.exclude_patterns_default).toEqual(['*.pyc', '__pycache__', '.git', '.DS_Store', 'node_modules']);
  });

  it('rejects a malformed clock or metadata, naming the field', () => {
    expect(() => filesystem.load({ current_time: '2024-01-01 10:00' })).toThrow(/current_time/);
    expect(() => filesystem.load({ file_metadata: { '/a': { path: '/a' } } })).toThrow(/file_metadata/);
    expect(() => filesystem.load({ max_file_size: -1 })).toThrow(/max_file_size/);
  });

  it('ships a demo preset with a consistent tree', () => {
    const state = filesystem.loadPreset('demo');
    for (const [dir, names] of Object.entries(state.directories)) {
      for (const name of names) {
        const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
        if (path !== '/tmp/missing.log') expect(path in state.files || path in state.directories).toBe(true);
      }
    }
    for (const [path, info] of Object.entries(state.file_metadata)) {
      expect(info.path).toBe(path);
      if (info.type === 'file') expect(info.size).toBe(Buffer.byteLength(state.files[path] ?? '', 'utf8'));
    }
  });
});

describe('reading', () => {
  it('reads whole files, heads and tails (tail 0 is the whole file, as in the reference); a missing file reads as empty', () => {
    const { outcomes } = runCalls(filesystem, world, [
      ['read_text_file', { path: '/docs/notes.txt' }],
      ['read_text_file', { path: '/docs/notes.txt', head: 2 }],
      ['read_text_file', { path: '/docs/notes.txt', tail: 1 }],
      ['read_text_file', { path: '/docs/notes.txt', head: 1, tail: 1 }],
      ['read_text_file', { path: '/docs/notes.txt', tail: 0 }],
      ['read_text_file', { path: '\\docs\\notes.txt', head: '1' }],
      ['read_text_file', { path: '/docs/nothing.txt' }],
    ]);
    expect(outcomes.map((o) => (o.content as { file_content: string }).file_content)).toEqual([
      'one\ntwo foo\n  three foo  \nfour',
      'one\ntwo foo',
      'four',
      'one',
      'one\ntwo foo\n  three foo  \nfour',
      'one',
      '',
    ]);
  });

  it('refuses an empty path and negative head or tail', () => {
    expectFailure(world, 'read_text_file', { path: '' }, 'Path must be a non-empty string');
    expectFailure(world, 'read_text_file', { path: '/docs/notes.txt', head: -1 }, 'Head must be non-negative integer');
    expectFailure(world, 'read_text_file', { path: '/docs/notes.txt', tail: -2 }, 'Tail must be non-negative integer');
    expectFailure(world, 'read_text_file', { path: '/docs/notes.txt', head: 1.5 }, /head/);
    expectFailure(world, 'read_media_file', { path: '' }, 'Path must be a non-empty string');
  });

  it('reads media as base64 of the UTF-8 bytes with a MIME type from the extension', () => {
    const { outcomes } = runCalls(filesystem, world, [
      ['read_media_file', { path: '/docs/logo.png' }],
      ['read_media_file', { path: '/docs/drafts/plan.md' }],
      ['read_media_file', { path: '/docs/none.png' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ data: Buffer.from('PNG').toString('base64'), mime_type: 'image/png' });
    expect(outcomes[1]?.content).toEqual({ data: Buffer.from('# Plan').toString('base64'), mime_type: 'text/markdown' });
    expect(outcomes[2]?.content).toEqual({ data: '', mime_type: 'application/octet-stream' });
  });

  it('reads several files, summarising binaries and reporting missing ones per file', () => {
    const { outcomes } = runCalls(filesystem, world, [['read_multiple_files', { paths: ['/docs/notes.txt', '/docs/logo.png', '/nope'] }]]);
    expect(outcomes[0]?.content).toEqual({
      results: [
        { path: '/docs/notes.txt', content: 'one\ntwo foo\n  three foo  \nfour', error: null },
        { path: '/docs/logo.png', content: '[Binary file: image/png, 4 bytes]', error: null },
        { path: '/nope', content: null, error: 'File not found: /nope' },
      ],
    });
  });

  it('refuses to encode text with an unpaired surrogate', () => {
    const scenario = { ...world, files: { ...world.files, '/docs/logo.png': 'a\ud800' } };
    expectFailure(scenario, 'read_media_file', { path: '/docs/logo.png' }, /surrogates not allowed/);
    const { outcomes } = runCalls(filesystem, scenario, [['read_multiple_files', { paths: ['/docs/logo.png'] }]]);
    expect(outcomes[0]?.content).toEqual({
      results: [
        {
          path: '/docs/logo.png',
          content: null,
          error: "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed",
        },
      ],
    });
  });
});

describe('writing and editing', () => {
  it('writes a file, creates missing parents and records fresh metadata', () => {
    const { outcomes, state } = runCalls(filesystem, world, [['write_file', { path: '/new/deep/é.txt', content: 'héllo' }]]);
    expect(outcomes[0]?.content).toEqual({ path: '/new/deep/é.txt', success: 'File written successfully' });
    expect(state.directories['/']).toEqual(['docs', 'new']);
    expect(state.directories['/new']).toEqual(['deep']);
    expect(state.directories['/new/deep']).toEqual(['é.txt']);
    expect(state.file_metadata['/new/deep/é.txt']).toEqual({
      path: '/new/deep/é.txt',
      type: 'file',
      size: 6,
      created_time: NOW,
      modified_time: NOW,
      access_time: NOW,
      permissions: 'rw-r--r--',
    });
  });

  it('overwrites an existing file without listing it twice', () => {
    const { state } = runCalls(filesystem, world, [['write_file', { path: '/docs/notes.txt', content: 'x' }]]);
    expect(state.files['/docs/notes.txt']).toBe('x');
    expect(state.directories['/docs']).toEqual(['notes.txt', 'logo.png', 'drafts', 'gone.txt']);
    expect(state.file_metadata['/docs/notes.txt']?.created_time).toBe(NOW);
  });

  it('refuses an empty path or missing content', () => {
    expectFailure(world, 'write_file', { path: '', content: 'x' }, 'Path must be a non-empty string');
    expectFailure(world, 'write_file', { path: '/a.txt' }, /content/);
    expectFailure(world, 'write_file', { path: '/a.txt', content: 'bad\udc00' }, /surrogates not allowed/);
  });

  it('replaces every occurrence, reports matching lines and a unified diff, and updates metadata', () => {
    const { outcomes, state } = runCalls(filesystem, world, [['edit_file', { path: '/docs/notes.txt', oldText: 'foo', newText: 'bar' }]]);
    expect(outcomes[0]?.content).toEqual({
      diff: '--- /docs/notes.txt\n+++ /docs/notes.txt\n@@ -1,4 +1,4 @@\n one\n-two foo\n-  three foo  \n+two bar\n+  three bar  \n four',
      matches: [
        { line_number: 2, context: 'two foo' },
        { line_number: 3, context: 'three foo' },
      ],
      applied: true,
    });
    expect(state.files['/docs/notes.txt']).toBe('one\ntwo bar\n  three bar  \nfour');
    expect(state.file_metadata['/docs/notes.txt']).toMatchObject({ size: 30, modified_time: NOW, created_time: '2020-01-01T00:00:00' });
  });

  it('answers a dry run with the matches only: an empty diff (as in the reference) and nothing changed', () => {
    const before = filesystem.load(world);
    const outcome = filesystem.call(before, 'edit_file', { path: '/docs/notes.txt', oldText: 'four', newText: '4', dryRun: true });
    expect(outcome.content).toEqual({ diff: '', matches: [{ line_number: 4, context: 'four' }], applied: false });
    expect(outcome.state).toBe(before);
    const multi = filesystem.call(before, 'edit_file', { path: '/docs/notes.txt', oldText: 'foo', newText: 'x\ny', dryRun: 'true' });
    expect(multi.content).toEqual({
      diff: '',
      matches: [
        { line_number: 2, context: 'two foo' },
        { line_number: 3, context: 'three foo' },
      ],
      applied: false,
    });
    expect(multi.state).toBe(before);
  });

  it('does nothing without both texts, for a missing file, or when nothing matches', () => {
    const { outcomes, state } = runCalls(filesystem, world, [
      ['edit_file', { path: '/docs/notes.txt', oldText: 'foo' }],
      ['edit_file', { path: '/docs/none.txt', oldText: 'a', newText: 'b' }],
      ['edit_file', { path: '/docs/notes.txt', oldText: 'zzz', newText: 'b' }],
    ]);
    for (const outcome of outcomes) expect(outcome.content).toEqual({ diff: '', matches: [], applied: false });
    expect(state).toEqual(filesystem.load(world));
    expectFailure(world, 'edit_file', { path: '', oldText: 'a', newText: 'b' }, 'Path must be a non-empty string');
  });

  it('treats an empty oldText as Python does: newText between every character', () => {
    const { state } = runCalls(filesystem, world, [['edit_file', { path: '/docs/drafts/old/v1.md', oldText: '', newText: '-' }]]);
    expect(state.files['/docs/drafts/old/v1.md']).toBe('-v-1-');
  });
});

describe('directories', () => {
  it('creates directories with parents and says whether each was new', () => {
    const { outcomes, state } = runCalls(filesystem, world, [
      ['create_directory', { path: '/a/b' }],
      ['create_directory', { path: '/a' }],
    ]);
    expect(outcomes.map((o) => o.content)).toEqual([
      { path: '/a/b', created: true },
      { path: '/a', created: false },
    ]);
    expect(state.directories['/a']).toEqual(['b']);
    expect(state.file_metadata['/a']).toMatchObject({ type: 'directory', permissions: 'rwxr-xr-x', size: 0 });
    expectFailure(world, 'create_directory', { path: '' }, 'Path must be a non-empty string');
  });

  it('lists entries in stored order with sizes, skipping dangling names', () => {
    const { outcomes } = runCalls(filesystem, world, [
      ['list_directory', { path: '/docs' }],
      ['list_directory', { path: '/docs/notes.txt' }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      entries: [
        { name: 'notes.txt', type: 'FILE', size: 30 },
        { name: 'logo.png', type: 'FILE', size: 3 },
        { name: 'drafts', type: 'DIR', size: 0 },
      ],
    });
    expect(outcomes[1]?.content).toEqual({ entries: [] });
    expectFailure(world, 'list_directory', { path: '' }, 'Path must be a non-empty string');
  });

  it('builds a sorted tree and drops excluded entries with their contents', () => {
    const { outcomes } = runCalls(filesystem, world, [
      ['directory_tree', { path: '/docs' }],
      ['directory_tree', { path: '/docs', excludePatterns: ['drafts/old', '*.png'] }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      tree: [
        {
          name: 'drafts',
          type: 'directory',
          children: [
            { name: 'old', type: 'directory', children: [{ name: 'v1.md', type: 'file' }] },
            { name: 'plan.md', type: 'file' },
          ],
        },
        { name: 'logo.png', type: 'file' },
        { name: 'notes.txt', type: 'file' },
      ],
    });
    expect(outcomes[1]?.content).toEqual({
      tree: [
        { name: 'drafts', type: 'directory', children: [{ name: 'plan.md', type: 'file' }] },
        { name: 'notes.txt', type: 'file' },
      ],
    });
  });

  it('refuses to walk a directory that lists itself', () => {
    const loop = { current_time: NOW, directories: { '/x/': [''] } };
    expectFailure(loop, 'directory_tree', { path: '/x/' }, /contains itself/);
    expectFailure(loop, 'search_files', { path: '/x/', pattern: '*' }, /contains itself/);
  });
});

describe('search_files', () => {
  it('matches relative paths with fnmatch rules and applies the default exclusions', () => {
    const scenario = {
      ...world,
      files: { ...world.files, '/docs/node_modules/x.js': 'x', '/docs/drafts/c.pyc': 'b' },
      directories: {
        ...world.directories,
        '/docs': [...world.directories['/docs'], 'node_modules'],
        '/docs/node_modules': ['x.js'],
        '/docs/drafts': ['plan.md', 'old', 'c.pyc'],
      },
    };
    const { outcomes } = runCalls(filesystem, scenario, [
      ['search_files', { path: '/docs', pattern: '*.md' }],
      ['search_files', { path: '/docs', pattern: 'drafts/*' }],
      ['search_files', { path: '/docs', pattern: '*' }],
      ['search_files', { path: '/docs', pattern: '*', excludePatterns: [] }],
      ['search_files', { path: '/docs', pattern: '[!dn]*' }],
      ['search_files', { path: '/docs', pattern: '*.MD' }],
    ]);
    const matches = outcomes.map((o) => (o.content as { matches: string[] }).matches);
    expect(matches[0]).toEqual(['/docs/drafts/plan.md', '/docs/drafts/old/v1.md']);
    expect(matches[1]).toEqual(['/docs/drafts/plan.md', '/docs/drafts/old', '/docs/drafts/old/v1.md']);
    expect(matches[2]).not.toContain('/docs/node_modules');
    expect(matches[2]).not.toContain('/docs/drafts/c.pyc');
    expect(matches[2]).toContain('/docs/node_modules/x.js');
    expect(matches[2]).toContain('/docs/gone.txt');
    expect(matches[3]).toContain('/docs/node_modules');
    expect(matches[4]).toEqual(['/docs/logo.png', '/docs/gone.txt']);
    expect(matches[5]).toEqual([]);
  });

  it('refuses an empty path or pattern', () => {
    expectFailure(world, 'search_files', { path: '', pattern: '*' }, 'Path must be a non-empty string');
    expectFailure(world, 'search_files', { path: '/docs', pattern: '' }, 'Pattern must be a non-empty string');
  });
});

describe('move_file', () => {
  it('renames a file, carrying its metadata and fixing both listings', () => {
    const { outcomes, state } = runCalls(filesystem, world, [
      ['move_file', { source: '/docs/notes.txt', destination: '/archive/2020/notes.txt' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ source: '/docs/notes.txt', destination: '/archive/2020/notes.txt', success: true });
    expect(state.files['/archive/2020/notes.txt']).toBe('one\ntwo foo\n  three foo  \nfour');
    expect('/docs/notes.txt' in state.files).toBe(false);
    expect(state.directories['/docs']).toEqual(['logo.png', 'drafts', 'gone.txt']);
    expect(state.directories['/archive/2020']).toEqual(['notes.txt']);
    expect(state.file_metadata['/archive/2020/notes.txt']?.path).toBe('/archive/2020/notes.txt');
  });

  it('moves a directory with everything below it', () => {
    const { state } = runCalls(filesystem, world, [['move_file', { source: '/docs/drafts', destination: '/drafts' }]]);
    expect(state.directories['/drafts']).toEqual(['plan.md', 'old']);
    expect(state.directories['/drafts/old']).toEqual(['v1.md']);
    expect(state.files['/drafts/old/v1.md']).toBe('v1');
    expect(Object.keys(state.files).some((p) => p.startsWith('/docs/drafts'))).toBe(false);
    expect(state.directories['/']).toEqual(['docs', 'drafts']);
  });

  it('reports a missing source as success: false but still creates the destination parents', () => {
    const { outcomes, state } = runCalls(filesystem, world, [['move_file', { source: '/nope', destination: '/made/here' }]]);
    expect(outcomes[0]?.content).toEqual({ source: '/nope', destination: '/made/here', success: false });
    expect(state.directories['/made']).toEqual([]);
  });

  it('refuses empty paths and moving a directory into itself', () => {
    expectFailure(world, 'move_file', { source: '', destination: '/x' }, 'Source must be a non-empty string');
    expectFailure(world, 'move_file', { source: '/x', destination: '' }, 'Destination must be a non-empty string');
    expectFailure(
      world,
      'move_file',
      { source: '/docs', destination: '/docs/inner' },
      'Cannot move directory /docs into itself (/docs/inner)',
    );
    expectFailure(world, 'move_file', { source: '/', destination: '/docs/inner' }, 'Cannot move directory / into itself (/docs/inner)');
    expectFailure(world, 'move_file', { source: '/', destination: '/docs' }, 'Cannot move directory / into itself (/docs)');
  });

  it('moves the root under a new top-level name, as the reference does', () => {
    const flat = {
      current_time: NOW,
      files: { '/a.txt': 'A', '/b.md': 'B' },
      directories: { '/': ['a.txt', 'b.md'] },
    };
    const { outcomes, state } = runCalls(filesystem, flat, [
      ['move_file', { source: '/', destination: '/archive' }],
      ['read_text_file', { path: '/archive/a.txt' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ source: '/', destination: '/archive', success: true });
    expect(outcomes[1]?.content).toEqual({ file_content: 'A' });
    expect(state.directories).toEqual({ '/': ['archive'], '/archive': ['a.txt', 'b.md'] });
    expect(state.files).toEqual({ '/archive/a.txt': 'A', '/archive/b.md': 'B' });
  });
});

describe('lax numbers in a scenario', () => {
  it('reads numeric strings and booleans as whole numbers, as pydantic does', () => {
    const info = { path: '/a.txt', type: 'file', created_time: NOW, modified_time: NOW, access_time: NOW, permissions: 'rw-r--r--' };
    const state = filesystem.load({ current_time: NOW, max_file_size: ' 1_0 ', file_metadata: { '/a.txt': { ...info, size: '2.0' } } });
    expect(state.max_file_size).toBe(10);
    expect(state.file_metadata['/a.txt']?.size).toBe(2);
    expect(filesystem.load({ current_time: NOW, max_file_size: true }).max_file_size).toBe(1);
    expect(() => filesystem.load({ current_time: NOW, max_file_size: '1.5' })).toThrow();
    expect(() => filesystem.load({ current_time: NOW, max_file_size: '-1' })).toThrow();
  });
});

describe('get_file_info', () => {
  it('returns stored metadata, records it for entries that had none, and invents it for missing paths', () => {
    const { outcomes, state } = runCalls(filesystem, world, [
      ['get_file_info', { path: '/docs/notes.txt' }],
      ['get_file_info', { path: '/docs/drafts' }],
      ['get_file_info', { path: '/docs/logo.png' }],
      ['get_file_info', { path: '/ghost' }],
    ]);
    expect(outcomes[0]?.content).toMatchObject({ permissions: 'rw-------', created_time: '2020-01-01T00:00:00' });
    expect(outcomes[1]?.content).toEqual({
      path: '/docs/drafts',
      type: 'directory',
      size: 0,
      created_time: NOW,
      modified_time: NOW,
      access_time: NOW,
      permissions: 'rwxr-xr-x',
    });
    expect(outcomes[2]?.content).toMatchObject({ type: 'file', size: 3, permissions: 'rw-r--r--' });
    expect(outcomes[3]?.content).toEqual({
      path: '/ghost',
      type: 'file',
      size: 0,
      created_time: NOW,
      modified_time: NOW,
      access_time: NOW,
      permissions: 'rw-r--r--',
    });
    expect(Object.keys(state.file_metadata).sort()).toEqual(['/docs/drafts', '/docs/logo.png', '/docs/notes.txt']);
    expectFailure(world, 'get_file_info', { path: '' }, 'Path must be a non-empty string');
  });
});

describe('paths that are names of JavaScript object members', () => {
  it('treats "constructor", "toString" and the like as ordinary missing or present paths', () => {
    const { outcomes, state } = runCalls(filesystem, world, [
      ['read_text_file', { path: 'constructor' }],
      ['read_media_file', { path: 'toString' }],
      ['edit_file', { path: 'hasOwnProperty', oldText: 'a', newText: 'b' }],
      ['get_file_info', { path: 'valueOf' }],
      ['write_file', { path: 'constructor', content: 'c' }],
      ['read_text_file', { path: 'constructor', tail: 0 }],
      ['move_file', { source: 'constructor', destination: '/k' }],
      ['get_file_info', { path: '/k' }],
      ['move_file', { source: 'toString/x', destination: '/y' }],
    ]);
    expect(outcomes.map((o) => o.isError)).toEqual(Array(9).fill(false));
    expect(outcomes.map((o) => o.content)).toEqual([
      { file_content: '' },
      { data: '', mime_type: 'application/octet-stream' },
      { diff: '', matches: [], applied: false },
      { path: 'valueOf', type: 'file', size: 0, created_time: NOW, modified_time: NOW, access_time: NOW, permissions: 'rw-r--r--' },
      { path: 'constructor', success: 'File written successfully' },
      { file_content: 'c' },
      { source: 'constructor', destination: '/k', success: true },
      { path: '/k', type: 'file', size: 1, created_time: NOW, modified_time: NOW, access_time: NOW, permissions: 'rw-r--r--' },
      { source: 'toString/x', destination: '/y', success: false },
    ]);
    expect(state.files['/k']).toBe('c');
    expect(Object.hasOwn(state.files, 'constructor')).toBe(false);
  });

  it('refuses to store the path "__proto__", at load and in every writing tool', () => {
    const message = 'The path "__proto__" cannot be stored in this file system';
    expectFailure(world, 'write_file', { path: '__proto__', content: 'p' }, message);
    expectFailure(world, 'create_directory', { path: '__proto__' }, message);
    expectFailure(world, 'write_file', { path: '__proto__/a', content: 'p' }, message);
    expectFailure(world, 'move_file', { source: '/docs/notes.txt', destination: '__proto__' }, message);
    expect(() => filesystem.load(JSON.parse('{"files": {"__proto__": "x"}}'))).toThrow(
      /files\.__proto__: the key "__proto__" cannot be stored/,
    );
    // Only the exact key is special: "/d/__proto__" is an ordinary path.
    const { outcomes } = runCalls(filesystem, world, [
      ['write_file', { path: '/d/__proto__', content: 'p' }],
      ['read_text_file', { path: '/d/__proto__' }],
    ]);
    expect(outcomes[1]?.content).toEqual({ file_content: 'p' });
  });
});
