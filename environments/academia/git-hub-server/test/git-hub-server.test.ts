import { describe, expect, it } from 'vitest';
import { gitHubServer as github } from '../src/index.js';

type Args = Record<string, unknown>;
type State = ReturnType<typeof github.loadPreset>;

const demo = () => github.loadPreset('demo');
const bench = { owner: 'openbio-lab', repo: 'protein-bench' };
const NOW = '2025-03-03T09:15:00';

/** Runs calls in order from `start`, failing the test on any error; returns the last result and state. */
function run(start: State, ...calls: [string, Args][]): { result: unknown; state: State } {
  let state = start;
  let result: unknown;
  for (const [name, args] of calls) {
    const outcome = github.call(state, name, args);
    if (outcome.isError) throw new Error(`${name} failed: ${JSON.stringify(outcome.content)}`);
    state = outcome.state;
    result = outcome.content;
  }
  return { result, state };
}

const call = (name: string, args: Args = {}, start: State = demo()) => run(start, [name, args]).result;

function expectFailure(name: string, args: Args, message: string | RegExp, before: State = demo()) {
  const outcome = github.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

describe('the worlds', () => {
  it('loads {} as an empty world at the start of 2025, and the demo account', () => {
    expect(github.load({})).toEqual(github.defaultScenario);
    expect(github.defaultScenario).toMatchObject({ repositories: {}, current_user: null, current_time: '2025-01-01T00:00:00' });
    expect(call('get_github_user_info')).toEqual({
      username: 'priya-r',
      name: 'Priya Raman',
      email: 'priya.raman@example.edu',
      company: 'OpenBio Lab',
    });
    expect(call('get_github_user_info', {}, github.load({}))).toEqual({});
  });

  it('reads scenarios the lax way and keeps "__proto__" as an ordinary branch name or path', () => {
    // Parsed from text: a "__proto__" key in an object literal would set the prototype instead.
    const state = github.load(
      JSON.parse('{"next_issue_number": {"a/b": "7"}, "branches": {"a/b": {"__proto__": {"name": "__proto__", "protected": 1}}}}'),
    );
    expect(call('create_issue', { owner: 'a', repo: 'b', title: 't' }, state)).toMatchObject({ issue_number: 7 });
    expect(call('list_branches', { owner: 'a', repo: 'b' }, state)).toEqual({
      branches: [{ name: '__proto__', sha: null, protected: true }],
    });
    const written = run(state, [
      'create_file',
      { owner: 'a', repo: 'b', path: '__proto__', content: 'x', message: 'm', branch: 'main' },
    ]).state;
    expect(Object.keys(github.save(written).files['a/b'] ?? {})).toEqual(['__proto__']);
  });

  it('refuses a clock that is not YYYY-MM-DDTHH:MM:SS, but accepts digits of any script as the reference does', () => {
    expect(() => github.load({ current_time: '2025-01-01 10:00' })).toThrow(/current_time must look like/);
    const state = github.load({ current_time: '٢٠٢٥-٠٣-٠٣T09:15:00' });
    expect(call('create_branch', { owner: 'a', repo: 'b', branch: 'x' }, state)).toMatchObject({ sha: 'branch_x_٢٠٢٥٠٣٠٣_091500' });
  });
});

describe('repositories', () => {
  it('creates a repository for the signed-in user with a main branch and numbering from 1', () => {
    const { result, state } = run(demo(), ['create_repository', { name: 'lab-tools', description: 'Scripts', private: 'true' }]);
    expect(result).toEqual({ owner: 'priya-r', repo: 'lab-tools', url: 'https://github.com/priya-r/lab-tools', created_at: NOW });
    const saved = github.save(state);
    expect(saved.repositories['priya-r/lab-tools']).toEqual({
      owner: 'priya-r',
      repo: 'lab-tools',
      description: 'Scripts',
      stars: 0,
      private: true,
      url: 'https://github.com/priya-r/lab-tools',
      created_at: NOW,
    });
    expect(saved.branches['priya-r/lab-tools']).toEqual({ main: { name: 'main', sha: null, protected: false } });
    expect(saved.next_issue_number['priya-r/lab-tools']).toBe(1);
  });

  it('replaces an existing repository of the same name with an empty one', () => {
    const { state } = run(demo(), ['create_repository', { name: 'thesis' }]);
    expect(call('list_issues', { owner: 'priya-r', repo: 'thesis' }, state)).toEqual({ issues: [] });
    expect(call('get_file_contents', { owner: 'priya-r', repo: 'thesis', path: 'acknowledgements.md' }, state)).toMatchObject({
      content: null,
    });
    expect(github.save(state).repositories['priya-r/thesis']?.private).toBe(false);
  });

  it('needs a name and a signed-in user with a username', () => {
    expectFailure('create_repository', { name: '' }, 'The argument "name" is empty: it is required and must not be empty');
    expectFailure(
      'create_repository',
      { name: 'x' },
      'No user is signed in: set current_user (with a username) in the scenario',
      github.load({}),
    );
    expectFailure(
      'create_repository',
      { name: 'x' },
      'The signed-in user has no username: add a "username" to current_user in the scenario',
      github.load({ current_user: { name: 'Anon' } }),
    );
  });

  it('deletes a repository with everything in it, and says deleted: false for an unknown one', () => {
    const { result, state } = run(demo(), ['delete_repository', bench]);
    expect(result).toEqual({ ...bench, deleted: true });
    const saved = github.save(state);
    for (const field of [
      'repositories',
      'issues',
      'pull_requests',
      'branches',
      'commits',
      'files',
      'next_issue_number',
      'next_pr_number',
    ] as const) {
      expect(Object.keys(saved[field])).not.toContain('openbio-lab/protein-bench');
    }
    const before = demo();
    const missing = github.call(before, 'delete_repository', { owner: 'nobody', repo: 'nothing' });
    expect(missing.content).toEqual({ owner: 'nobody', repo: 'nothing', deleted: false });
    expect(github.save(missing.state)).toEqual(github.save(before));
    expectFailure('delete_repository', { owner: 'priya-r', repo: '' }, /"repo" is empty/);
  });

  it('forks into the signed-in user or an organization, as a fresh public copy', () => {
    const { result, state } = run(demo(), ['fork_repository', { owner: 'priya-r', repo: 'thesis', organization: 'openbio-lab' }]);
    expect(result).toEqual({ owner: 'openbio-lab', repo: 'thesis', forked_from: 'priya-r/thesis', created_at: NOW });
    expect(github.save(state).repositories['openbio-lab/thesis']).toMatchObject({
      private: false,
      stars: 0,
      description: 'PhD thesis: efficient attention for protein structure prediction',
    });
    expect(call('fork_repository', bench)).toMatchObject({ owner: 'priya-r', forked_from: 'openbio-lab/protein-bench' });
  });

  it('answers a fork of an unknown repository without creating anything, but still needs someone to fork to', () => {
    const before = demo();
    const outcome = github.call(before, 'fork_repository', { owner: 'ghost', repo: 'nothing' });
    expect(outcome.content).toEqual({ owner: 'priya-r', repo: 'nothing', forked_from: 'ghost/nothing', created_at: NOW });
    expect(github.save(outcome.state)).toEqual(github.save(before));
    expectFailure('fork_repository', { owner: 'ghost', repo: 'nothing' }, /No user is signed in/, github.load({}));
    expect(call('fork_repository', { owner: 'ghost', repo: 'nothing', organization: 'org' }, github.load({}))).toMatchObject({
      owner: 'org',
    });
  });

  it("lists only the signed-in user's repositories, and needs a user only when there are repositories", () => {
    const { repositories } = call('list_user_repositories') as { repositories: { repo: string; private: boolean }[] };
    expect(repositories.map((r) => r.repo)).toEqual(['sparse-attn', 'thesis', 'dotfiles']);
    expect(repositories[1]).toEqual({
      owner: 'priya-r',
      repo: 'thesis',
      description: 'PhD thesis: efficient attention for protein structure prediction',
      private: true,
    });
    expect(call('list_user_repositories', {}, github.load({}))).toEqual({ repositories: [] });
    const anonymous = github.load({ ...github.save(demo()), current_user: null });
    expectFailure('list_user_repositories', {}, /No user is signed in/, anonymous);
  });
});

describe('files', () => {
  it('reads a stored file, and answers an empty record for an unknown one', () => {
    expect(call('get_file_contents', { owner: 'priya-r', repo: 'thesis', path: 'acknowledgements.md', branch: 'dev' })).toEqual({
      path: 'acknowledgements.md',
      content: 'Thanks to Dr. Müller and the Zürich group.\n',
      encoding: 'utf-8',
      size: 45,
    });
    expect(call('get_file_contents', { owner: 'priya-r', repo: 'thesis', path: 'nope.txt' })).toEqual({
      path: 'nope.txt',
      content: null,
      encoding: null,
      size: 0,
    });
    expectFailure('get_file_contents', { owner: 'priya-r', repo: 'thesis', path: '' }, /"path" is empty/);
  });

  it('writes a file, sized in UTF-8 bytes, even in a repository that does not exist', () => {
    const { result, state } = run(github.load({}), [
      'create_file',
      { owner: 'a', repo: 'b', path: 'docs/ü.md', content: 'Grüße 😀', message: 'add', branch: 'main' },
    ]);
    expect(result).toEqual({ commit_sha: 'create_docs_ü.md_20250101_000000', file_sha: 'file_docs_ü.md', path: 'docs/ü.md' });
    expect(github.save(state).files).toEqual({
      'a/b': { 'docs/ü.md': { path: 'docs/ü.md', content: 'Grüße 😀', encoding: 'utf-8', size: 12 } },
    });
    expect(github.save(state).repositories).toEqual({});
  });

  it('refuses empty arguments and text that cannot be encoded', () => {
    const file = { owner: 'a', repo: 'b', path: 'p', content: 'x', message: 'm', branch: 'main' };
    expectFailure('create_file', { ...file, content: '' }, /"content" is empty/);
    expectFailure('create_file', { ...file, branch: '' }, /"branch" is empty/);
    expectFailure(
      'create_file',
      { ...file, content: 'x\ud800' },
      'The content of "p" is not valid text: it has an unpaired UTF-16 surrogate',
    );
  });

  it('deletes a file, answering deleted: true whether or not it existed', () => {
    const args = { owner: 'priya-r', repo: 'sparse-attn', path: 'src/__init__.py', message: 'rm', branch: 'main', sha: 'abc' };
    const { result, state } = run(demo(), ['delete_file', args]);
    expect(result).toEqual({ commit_sha: 'delete_src___init__.py_20250303_091500', path: 'src/__init__.py', deleted: true });
    expect(call('get_file_contents', args, state)).toMatchObject({ content: null });
    expect(call('delete_file', { ...args, path: 'never/there' })).toMatchObject({ deleted: true });
    expectFailure('delete_file', { ...args, sha: '' }, /"sha" is empty/);
  });

  it('pushes several files in one commit, skipping entries without a path or content but counting them', () => {
    const files = [{ path: 'chapters/05-discussion.tex', content: 'Überblick' }, { path: '', content: 'skipped' }, { content: 'no path' }];
    const { result, state } = run(demo(), [
      'push_files',
      { owner: 'priya-r', repo: 'thesis', branch: 'main', message: 'm', files: JSON.stringify(files) },
    ]);
    expect(result).toEqual({ commit_sha: 'push_3_20250303_091500', files_changed: 3, branch: 'main' });
    expect(Object.keys(github.save(state).files['priya-r/thesis'] ?? {})).toEqual([
      'chapters/04-results.tex',
      'acknowledgements.md',
      'chapters/05-discussion.tex',
    ]);
    expect(call('get_file_contents', { owner: 'priya-r', repo: 'thesis', path: 'chapters/05-discussion.tex' }, state)).toMatchObject({
      size: 10,
    });
  });

  it('writes nothing when one entry has a path or content that is not text', () => {
    const push = (files: unknown[]) => ({ owner: 'priya-r', repo: 'thesis', branch: 'main', message: 'm', files });
    expectFailure(
      'push_files',
      push([
        { path: 'ok.txt', content: 'fine' },
        { path: 5, content: 'y' },
      ]),
      'files[1].path must be text, got 5',
    );
    expectFailure('push_files', push([{ path: 'ok.txt', content: ['a'] }]), 'files[0].content must be text, got a list');
    expectFailure('push_files', push([]), /"files" is empty/);
    // A falsy non-text value is skipped before its type matters.
    expect(call('push_files', push([{ path: 0, content: 'y' }]))).toMatchObject({ files_changed: 1 });
  });
});

describe('branches and commits', () => {
  it('creates a branch with a SHA from its name and the clock, replacing one of the same name', () => {
    const { result, state } = run(demo(), ['create_branch', { owner: 'priya-r', repo: 'sparse-attn', branch: 'main', from_branch: 'dev' }]);
    expect(result).toEqual({ branch: 'main', sha: 'branch_main_20250303_091500', created_at: NOW });
    expect(call('list_branches', { owner: 'priya-r', repo: 'sparse-attn' }, state)).toEqual({
      branches: [
        { name: 'main', sha: 'branch_main_20250303_091500', protected: false },
        { name: 'perf/int32-mask', sha: 'c7d2b18', protected: false },
      ],
    });
    expectFailure('create_branch', { owner: 'priya-r', repo: 'sparse-attn', branch: '' }, /"branch" is empty/);
  });

  it('lists branches and commits as stored, empty for an unknown repository', () => {
    expect(call('list_branches', { owner: 'openbio-lab', repo: 'seminar-notes' })).toEqual({ branches: [] });
    expect(call('list_commits', { owner: 'priya-r', repo: 'dotfiles', author: 'someone-else' })).toEqual({
      commits: [{ sha: '0f9e2d1', message: 'vimrc and tmux config', author: null, date: null }],
    });
    expect(call('list_commits', { owner: 'ghost', repo: 'x' })).toEqual({ commits: [] });
    expectFailure('list_commits', { owner: '', repo: 'x' }, /"owner" is empty/);
  });
});

describe('issues', () => {
  it('opens issues under the next number, after a gap', () => {
    const { result, state } = run(demo(), ['create_issue', { ...bench, title: 'Add RoseTTAFold-AA', body: 'New model', labels: 'models' }]);
    expect(result).toEqual({ issue_number: 5, title: 'Add RoseTTAFold-AA', state: 'open', created_at: NOW });
    expect(github.save(state).issues[bench.owner + '/' + bench.repo]?.['5']).toEqual({
      issue_number: 5,
      title: 'Add RoseTTAFold-AA',
      body: 'New model',
      state: 'open',
      created_at: NOW,
      updated_at: null,
      closed_at: null,
    });
    expect(github.save(state).next_issue_number['openbio-lab/protein-bench']).toBe(6);
    // A repository with no numbering yet starts at 1.
    expect(call('create_issue', { owner: 'openbio-lab', repo: 'seminar-notes', title: 'Week 1' })).toMatchObject({ issue_number: 1 });
  });

  it('refuses an empty title and a next number below 1', () => {
    expectFailure('create_issue', { ...bench, title: '' }, /"title" is empty/);
    const broken = github.load({ next_issue_number: { 'a/b': 0 } });
    expectFailure(
      'create_issue',
      { owner: 'a', repo: 'b', title: 't' },
      'Cannot number a new issue in a/b: its next_issue_number is 0, and issue numbers start at 1',
      broken,
    );
  });

  it('updates only the fields given non-empty, stamping updated_at and closed_at when closing', () => {
    const { result, state } = run(demo(), ['update_issue', { ...bench, issue_number: '4', title: '', state: 'closed' }]);
    expect(result).toEqual({ issue_number: 4, title: 'Sparse attention baseline runs out of memory', state: 'closed', updated_at: NOW });
    expect(call('get_issue', { ...bench, issue_number: 4 }, state)).toEqual({
      issue_number: 4,
      title: 'Sparse attention baseline runs out of memory',
      body: 'A100 40GB, batch size 1.',
      state: 'closed',
      created_at: '2025-02-27T18:40:00',
      updated_at: NOW,
    });
    expect(github.save(state).issues['openbio-lab/protein-bench']?.['4']?.closed_at).toBe(NOW);
  });

  it('answers blank fields for an unknown issue and changes nothing', () => {
    const before = demo();
    const outcome = github.call(before, 'update_issue', { ...bench, issue_number: 3, title: 'Ghost' });
    expect(outcome.content).toEqual({ issue_number: 3, title: '', state: '', updated_at: '' });
    expect(github.save(outcome.state)).toEqual(github.save(before));
    expect(call('get_issue', { ...bench, issue_number: 3 })).toEqual({
      issue_number: 3,
      title: '',
      body: '',
      state: '',
      created_at: '',
      updated_at: '',
    });
    expect(call('close_issue', { ...bench, issue_number: 3 })).toEqual({ issue_number: 3, title: '', state: 'closed', closed_at: NOW });
  });

  it('closes an issue without touching updated_at, and filters lists by state', () => {
    const { result, state } = run(demo(), ['close_issue', { ...bench, issue_number: 1 }]);
    expect(result).toEqual({ issue_number: 1, title: 'Add ESM3 to the leaderboard', state: 'closed', closed_at: NOW });
    expect(github.save(state).issues['openbio-lab/protein-bench']?.['1']?.updated_at).toBe('2025-02-12T09:00:00');
    expect(call('list_issues', { ...bench, state: 'open' }, state)).toEqual({
      issues: [
        { issue_number: 4, title: 'Sparse attention baseline runs out of memory', state: 'open', created_at: '2025-02-27T18:40:00' },
      ],
    });
    expect((call('list_issues', { ...bench, state: '' }) as { issues: unknown[] }).issues).toHaveLength(3);
  });

  it('answers a comment receipt with an id fixed by its text, storing nothing', () => {
    const before = demo();
    const args = { ...bench, issue_number: 4, body: 'Fixed by #2' };
    const first = github.call(before, 'add_issue_comment', args);
    expect(first.content).toMatchObject({ issue_number: 4, created_at: NOW });
    const id = (first.content as { comment_id: number }).comment_id;
    expect(id).toBeGreaterThanOrEqual(0);
    expect(id).toBeLessThan(1_000_000);
    expect(github.call(before, 'add_issue_comment', args).content).toEqual(first.content);
    expect(first.state).toBe(before);
    expectFailure('add_issue_comment', { ...args, body: '' }, /"body" is empty/);
  });
});

describe('pull requests', () => {
  it('opens pull requests numbered apart from issues', () => {
    const { result, state } = run(demo(), [
      'create_pull_request',
      { ...bench, title: 'Add RF-AA', head: 'feature/rfaa', base: 'dev', draft: 'true' },
    ]);
    expect(result).toEqual({ pull_number: 4, title: 'Add RF-AA', state: 'open', created_at: NOW });
    expect(github.save(state).pull_requests['openbio-lab/protein-bench']?.['4']).toEqual({
      pull_number: 4,
      title: 'Add RF-AA',
      body: null,
      state: 'open',
      head: 'feature/rfaa',
      base: 'dev',
      created_at: NOW,
      updated_at: null,
      merged: false,
      merge_commit_sha: null,
    });
    expectFailure('create_pull_request', { ...bench, title: 'x', head: '', base: 'main' }, /"head" is empty/);
    expectFailure(
      'create_pull_request',
      { owner: 'a', repo: 'b', title: 'x', head: 'h', base: 'main' },
      /next_pr_number is -2/,
      github.load({ next_pr_number: { 'a/b': -2 } }),
    );
  });

  it('merges a pull request, and answers merged: false for an unknown one', () => {
    const { result, state } = run(demo(), ['merge_pull_request', { ...bench, pull_number: 2, merge_method: 'squash' }]);
    expect(result).toEqual({ pull_number: 2, merged: true, merge_commit_sha: 'merge_2_20250303_091500' });
    expect(github.save(state).pull_requests['openbio-lab/protein-bench']?.['2']).toMatchObject({
      state: 'merged',
      merged: true,
      updated_at: '2025-03-01T16:10:00',
    });
    expect(call('merge_pull_request', { ...bench, pull_number: 9 })).toEqual({ pull_number: 9, merged: false, merge_commit_sha: '' });
  });

  it('reads and filters pull requests', () => {
    expect(call('get_pull_request', { ...bench, pull_number: 3 })).toEqual({
      pull_number: 3,
      title: 'Switch CI to GPU runners',
      body: null,
      state: 'closed',
      created_at: '2025-02-02T11:11:00',
      updated_at: '2025-02-03T09:00:00',
    });
    expect(call('get_pull_request', { ...bench, pull_number: 8 })).toEqual({
      pull_number: 8,
      title: '',
      body: '',
      state: '',
      created_at: '',
      updated_at: '',
    });
    const numbers = (args: Args) =>
      (call('list_pull_requests', { ...bench, ...args }) as { pull_requests: { pull_number: number }[] }).pull_requests.map(
        (p) => p.pull_number,
      );
    expect(numbers({})).toEqual([1, 2, 3]);
    expect(numbers({ base: 'main' })).toEqual([1, 2]);
    expect(numbers({ state: 'open', head: 'feature/esm3' })).toEqual([2]);
    expect(numbers({ head: 'nope' })).toEqual([]);
  });

  it('answers the fixed receipts of the tools that keep no data', () => {
    const pr = { ...bench, pull_number: 2 };
    expect(call('get_pull_request_files', pr)).toEqual({ files: [] });
    expect(call('get_pull_request_status', pr)).toEqual({ pull_number: 2, state: 'success', statuses: [] });
    expect(call('update_pull_request_branch', pr)).toEqual({ pull_number: 2, updated: true, message: 'Branch updated successfully' });
    expect(call('get_pull_request_comments', pr)).toEqual({ comments: [] });
    expect(call('get_pull_request_reviews', pr)).toEqual({ reviews: [] });
    expect(call('create_pull_request_review', { ...pr, body: 'LGTM', event: 'APPROVE' })).toMatchObject({
      pull_number: 2,
      state: 'APPROVE',
      submitted_at: NOW,
    });
    expectFailure('create_pull_request_review', { ...pr, body: 'LGTM', event: '' }, /"event" is empty/);
    expectFailure('get_pull_request_status', { ...pr, owner: '' }, /"owner" is empty/);
  });
});

describe('search', () => {
  it('finds repositories by name or description, case-insensitively', () => {
    const found = call('search_repositories', { q: 'SPARSE' }) as { repositories: { owner: string }[] };
    expect(found.repositories).toEqual([
      { owner: 'priya-r', repo: 'sparse-attn', description: 'Block-sparse attention kernels for long protein sequences', stars: 128 },
      { owner: 'kwame-a', repo: 'sparse-attn', description: 'Fork of priya-r/sparse-attn with CUDA 12 build fixes', stars: 1 },
    ]);
    expect((call('search_repositories', { q: 'reading seminar' }) as { repositories: unknown[] }).repositories).toHaveLength(1);
    expectFailure('search_repositories', { q: '' }, /"q" is empty/);
  });

  it('finds issues and then pull requests by title', () => {
    expect(call('search_issues', { q: 'esm3' })).toEqual({
      issues: [
        { owner: 'openbio-lab', repo: 'protein-bench', issue_number: 1, title: 'Add ESM3 to the leaderboard', state: 'open' },
        { owner: 'openbio-lab', repo: 'protein-bench', issue_number: 2, title: 'Add ESM3 results', state: 'open' },
      ],
    });
  });

  it('fails when the scenario keys issues by something other than owner/repo', () => {
    const odd = github.load({ pull_requests: { 'a/b/c': {} } });
    expectFailure(
      'search_issues',
      { q: 'x' },
      'The scenario\'s pull_requests has the repository key "a/b/c", which is not of the form owner/repo: fix the key to search',
      odd,
    );
  });

  it('keeps no code index or user directory', () => {
    expect(call('search_code', { q: 'block_mask' })).toEqual({ results: [] });
    expect(call('search_users', { q: 'priya' })).toEqual({ users: [] });
    expectFailure('search_users', { q: '' }, /"q" is empty/);
  });
});
