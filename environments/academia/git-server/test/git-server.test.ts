import { describe, expect, it } from 'vitest';
import { gitServer as git } from '../src/index.js';

const THESIS = '/home/maya/thesis';
const SIM = '/home/maya/protein-sim';
const PAPER = '/home/maya/papers/neurips-2025';
const CORPUS = '/data/shared/annotation-corpus';

const demo = () => git.loadPreset('demo');
type Repo = Record<string, unknown>;
const repo = (state: ReturnType<typeof demo>, path: string) => state.repositories[path] as Repo;
const content = (name: string, args: Record<string, unknown>, start = demo()) => {
  const outcome = git.call(start, name, args);
  expect(outcome.isError).toBe(false);
  return outcome.content as Record<string, unknown>;
};
const hashes = (result: Record<string, unknown>) => (result.commits as { hash: string }[]).map((c) => c.hash.slice(0, 4));
const names = (result: Record<string, unknown>) => (result.branches as { name: string }[]).map((b) => b.name);

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, start = demo()) {
  const outcome = git.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

describe('scenario', () => {
  it('loads {} as the reference default world with a clock, and the demo preset', () => {
    const world = git.load({});
    expect(world.repositories).toEqual({});
    expect(world.current_time).toBe('2025-01-01T00:00:00');
    expect(world.remoteUrlsMap.origin).toBe('https://github.com/user/repo.git');
    expect(world.defaultBranchesMap.Bitbucket).toBe('master');
    expect(world.branchPrefixesMap.hotfix).toBe('hotfix/');
    expect(Object.keys(demo().repositories)).toEqual([THESIS, SIM, PAPER, CORPUS]);
  });

  it('refuses a malformed clock or a repository that is not a record', () => {
    expect(() => git.load({ current_time: '2025-01-01 09:00:00' })).toThrow(/current_time/);
    expect(() => git.load({ repositories: { a: [] } })).toThrow(/repositories/);
  });

  it('keeps a "__proto__" repository path as an ordinary repository', () => {
    const start = git.load(JSON.parse('{"repositories": {"__proto__": {"current_branch": "dev"}}}'));
    expect(content('git_status', { repo_path: '__proto__' }, start)).toEqual({ status_output: '## dev\n' });
    expectFailure('git_status', { repo_path: 'constructor' }, 'Repository path "constructor" does not exist', start);
  });
});

describe('reading a repository', () => {
  it('git_status lists staged, modified and untracked files under the branch', () => {
    expect(content('git_status', { repo_path: THESIS }).status_output).toBe(
      '## main\nA  chapters/03-related-work.tex\n M chapters/04-evaluation.tex\n M references.bib\n' +
        '?? figures/ablation-heatmap.pdf\n?? notes/committee-meeting.md',
    );
    // A repository that records no branch is on "main"; the trailing newline stays when nothing is listed.
    expect(content('git_status', { repo_path: CORPUS }).status_output).toBe('## main\n');
  });

  it('git_log cuts to max_count first, then filters by date as text', () => {
    expect(hashes(content('git_log', { repo_path: THESIS, max_count: 2 }))).toEqual(['9f2c', '5e81']);
    expect(hashes(content('git_log', { repo_path: THESIS, max_count: 3, start_timestamp: '2025-03-08' }))).toEqual(['9f2c', '5e81']);
    expect(hashes(content('git_log', { repo_path: THESIS, start_timestamp: '2025-02-26 11:30:00', end_timestamp: '2025-03-11' }))).toEqual([
      'c03d',
      '71a4',
    ]);
    expect(content('git_log', { repo_path: PAPER })).toEqual({ commits: [] });
    expect(hashes(content('git_log', { repo_path: THESIS, max_count: '1' }))).toEqual(['9f2c']);
  });

  it('git_branch splits local from origin/ and upstream/ branches and filters by sha text', () => {
    expect(names(content('git_branch', { repo_path: SIM, branch_type: 'remote' }))).toEqual(['origin/main', 'upstream/main']);
    expect(names(content('git_branch', { repo_path: SIM, branch_type: 'local', contains: 'a17c' }))).toEqual(['main', 'bugfix/pbc-wrap']);
    expect(names(content('git_branch', { repo_path: SIM, branch_type: 'all', not_contains: 'a17c' }))).toEqual([
      'feature/adaptive-timestep',
      'release/0.4',
      'upstream/main',
    ]);
  });

  it('git_show finds a commit by hash prefix or message text, else shows a placeholder dated now', () => {
    expect(content('git_show', { repo_path: THESIS, revision: '5e81' }).commit_content).toBe(
      'commit 5e81b2c09d4f7a6e3c1b8d2f0a9e7c5b3d1f4a68\nAuthor: Maya Castellanos <maya.castellanos@uni-example.edu>\n' +
        'Date: 2025-03-11 09:15:33\n\n    Add ablation table for the retrieval experiments',
    );
    expect(content('git_show', { repo_path: THESIS, revision: 'bibliography' }).commit_content).toMatch(/^commit c03d7e5a/);
    expect(content('git_show', { repo_path: PAPER, revision: 'HEAD' }).commit_content).toBe(
      'commit HEAD\nAuthor: Unknown <unknown@example.com>\nDate: 2025-03-14 16:20:00\n\n    Default commit content for HEAD',
    );
  });

  it('the diffs show one simulated hunk per file, and git_diff names both sides', () => {
    expect(content('git_diff_unstaged', { repo_path: SIM }).diff_output).toBe(
      'diff --git a/src/integrator.py b/src/integrator.py\n--- a/src/integrator.py\n+++ b/src/integrator.py\n' +
        '@@ -1,3 +1,3 @@\n line 1\n-old line 2\n+new line 2\n line 3\n\n',
    );
    expect(content('git_diff_staged', { repo_path: SIM })).toEqual({ diff_output: '' });
    expect(content('git_diff_staged', { repo_path: THESIS }).diff_output).toMatch(/^diff --git a\/chapters\/03-related-work.tex/);
    expect(content('git_diff', { repo_path: SIM }).diff_output).toBe(
      'diff --git a/current b/main\nComparing feature/adaptive-timestep with main\nChanges in working directory vs main\n',
    );
    expect(content('git_diff', { repo_path: CORPUS, target: 'origin/main' }).diff_output).toMatch(
      /^diff --git a\/current b\/origin\/main\nComparing main with/,
    );
  });
});

describe('changing a repository', () => {
  it('git_add stages each new path once and echoes the paths given', () => {
    const outcome = git.call(demo(), 'git_add', {
      repo_path: THESIS,
      files: ['references.bib', 'chapters/03-related-work.tex', 'references.bib'],
    });
    expect(outcome.content).toEqual({ staged_files: ['references.bib', 'chapters/03-related-work.tex', 'references.bib'] });
    expect(repo(outcome.state, THESIS).staged_files).toEqual(['chapters/03-related-work.tex', 'references.bib']);
    // A repository without the field gets one; files may be given as JSON text.
    const added = git.call(demo(), 'git_add', { repo_path: CORPUS, files: '["labels.jsonl"]' });
    expect(repo(added.state, CORPUS).staged_files).toEqual(['labels.jsonl']);
  });

  it('git_commit records a newest commit dated by the clock and empties the staging area', () => {
    const outcome = git.call(demo(), 'git_commit', { repo_path: THESIS, message: 'Update references' });
    expect(outcome.content).toEqual({ commit_hash: 'simulated_0000006', message: 'Update references' });
    const thesis = repo(outcome.state, THESIS);
    expect((thesis.commits as unknown[])[0]).toEqual({
      hash: 'simulated_0000006',
      author: 'Simulated User <user@example.com>',
      date: '2025-03-14 16:20:00',
      message: 'Update references',
    });
    expect(thesis.staged_files).toEqual([]);
    expect(content('git_status', { repo_path: THESIS }, outcome.state).status_output).not.toMatch(/^A {2}/m);
    // Nothing needs to be staged, and a repository without the field does not get one.
    const first = git.call(demo(), 'git_commit', { repo_path: CORPUS, message: 'Import corpus' });
    expect(first.content).toEqual({ commit_hash: 'simulated_0000001', message: 'Import corpus' });
    expect(Object.keys(repo(first.state, CORPUS))).toEqual(['remotes', 'commits']);
  });

  it('git_reset empties staged_files only where the repository has that field', () => {
    expect(content('git_reset', { repo_path: THESIS })).toEqual({ status: 'Successfully unstaged all changes' });
    expect(repo(git.call(demo(), 'git_reset', { repo_path: THESIS }).state, THESIS).staged_files).toEqual([]);
    expect(repo(git.call(demo(), 'git_reset', { repo_path: CORPUS }).state, CORPUS)).toEqual(repo(demo(), CORPUS));
  });

  it('git_create_branch takes the base branch sha, or a placeholder sha from HEAD', () => {
    const outcome = git.call(demo(), 'git_create_branch', {
      repo_path: SIM,
      branch_name: 'feature/gpu-kernels',
      base_branch: 'release/0.4',
    });
    expect(outcome.content).toEqual({ branch_name: 'feature/gpu-kernels', base_branch: 'release/0.4' });
    expect((repo(outcome.state, SIM).branches as unknown[]).at(-1)).toEqual({
      name: 'feature/gpu-kernels',
      is_current: false,
      sha: '3c6a8e0b2d4f7a9c1e3b5d8f0a2c4e6b9d1f3a74',
    });
    const fresh = git.call(demo(), 'git_create_branch', { repo_path: PAPER, branch_name: 'draft', base_branch: 'no-such-branch' });
    expect(fresh.content).toEqual({ branch_name: 'draft', base_branch: 'no-such-branch' });
    expect(repo(fresh.state, PAPER).branches).toEqual([{ name: 'draft', is_current: false, sha: 'simulated_base_sha' }]);
    expect(content('git_create_branch', { repo_path: PAPER, branch_name: 'draft', base_branch: '' })).toEqual({
      branch_name: 'draft',
      base_branch: 'HEAD',
    });
  });

  it('git_checkout marks only the named branch current, even one that does not exist', () => {
    const outcome = git.call(demo(), 'git_checkout', { repo_path: SIM, branch_name: 'main' });
    expect(outcome.content).toEqual({ current_branch: 'main' });
    const sim = repo(outcome.state, SIM);
    expect(sim.current_branch).toBe('main');
    expect((sim.branches as { name: string; is_current: boolean }[]).filter((b) => b.is_current).map((b) => b.name)).toEqual(['main']);
    const nowhere = repo(git.call(demo(), 'git_checkout', { repo_path: SIM, branch_name: 'ghost' }).state, SIM);
    expect((nowhere.branches as { is_current: boolean }[]).some((b) => b.is_current)).toBe(false);
    expect(repo(git.call(demo(), 'git_checkout', { repo_path: CORPUS, branch_name: 'main' }).state, CORPUS)).toEqual({
      remotes: { origin: 'git@git.uni-example.edu:nlp/annotation-corpus.git' },
      branches: [],
      current_branch: 'main',
    });
  });

  it('git_push and git_pull succeed without changing anything, on the checked-out branch by default', () => {
    const start = demo();
    const push = git.call(start, 'git_push', { repo_path: SIM, force: true });
    expect(push.content).toEqual({ status: 'Push successful', remote: 'origin', branch: 'feature/adaptive-timestep' });
    expect(push.state).toEqual(start);
    expect(content('git_pull', { repo_path: CORPUS, remote: 'upstream', branch: 'dev', rebase: true })).toEqual({
      status: 'Pull successful',
      remote: 'upstream',
      branch: 'dev',
      updated_files: [],
    });
    expect(content('git_pull', { repo_path: CORPUS }).branch).toBe('main');
  });

  it('a full flow: branch, switch, stage, commit, then read it back', () => {
    let state = demo();
    for (const [name, args] of [
      ['git_create_branch', { repo_path: PAPER, branch_name: 'camera-ready' }],
      ['git_checkout', { repo_path: PAPER, branch_name: 'camera-ready' }],
      ['git_add', { repo_path: PAPER, files: ['main.tex'] }],
      ['git_commit', { repo_path: PAPER, message: 'Camera-ready version' }],
    ] as const) {
      const outcome = git.call(state, name, args);
      expect(outcome.isError).toBe(false);
      state = outcome.state;
    }
    expect(content('git_status', { repo_path: PAPER }, state).status_output).toBe('## camera-ready\n?? main.tex\n?? neurips_2025.sty');
    expect(hashes(content('git_log', { repo_path: PAPER }, state))).toEqual(['simu']);
    expect(content('git_show', { repo_path: PAPER, revision: 'Camera' }, state).commit_content).toMatch(/^commit simulated_0000001\n/);
    expect(names(content('git_branch', { repo_path: PAPER, branch_type: 'local' }, state))).toEqual(['camera-ready']);
  });
});

describe('errors', () => {
  it('refuses an empty or unknown repository path', () => {
    expectFailure('git_status', { repo_path: '' }, 'Repository path must be a non-empty string');
    expectFailure('git_commit', { repo_path: '/home/maya', message: 'x' }, 'Repository path "/home/maya" does not exist in the scenario');
    expectFailure('git_log', { repo_path: 'x' }, 'the scenario has no repositories', git.load({}));
  });

  it('refuses empty or out-of-range arguments', () => {
    expectFailure('git_log', { repo_path: THESIS, max_count: 0 }, 'max_count must be a positive integer');
    expectFailure('git_log', { repo_path: THESIS, max_count: -3 }, 'max_count must be a positive integer');
    expectFailure('git_branch', { repo_path: SIM, branch_type: 'ALL' }, "branch_type must be one of: 'local', 'remote', 'all'");
    expectFailure('git_show', { repo_path: THESIS, revision: '' }, 'Revision must be a non-empty string');
    expectFailure('git_add', { repo_path: THESIS, files: [] }, 'Files must be a non-empty list of strings');
    expectFailure('git_commit', { repo_path: THESIS, message: '' }, 'Commit message must be a non-empty string');
    expectFailure('git_create_branch', { repo_path: SIM, branch_name: '' }, 'Branch name must be a non-empty string');
    expectFailure('git_checkout', { repo_path: SIM, branch_name: '' }, 'Branch name must be a non-empty string');
  });

  it('names the field when a repository holds data the tools cannot walk', () => {
    const odd = git.load({
      repositories: {
        r: { commits: [{ hash: 'h1', message: 'no author' }], branches: ['dangling'], staged_files: null, modified_files: 5 },
      },
    });
    expectFailure('git_show', { repo_path: 'r', revision: 'h1' }, 'Commit #1 of repository "r" has no "author"', odd);
    expectFailure('git_checkout', { repo_path: 'r', branch_name: 'main' }, 'Branch #1 of repository "r" must be a dict', odd);
    expectFailure('git_diff_unstaged', { repo_path: 'r' }, 'Repository "r" modified_files must be a list', odd);
    expectFailure('git_add', { repo_path: 'r', files: ['a'] }, 'Repository "r" staged_files must be a list or text', odd);
    // Where Python happily walks such data, so do we: null is an empty group for git_status.
    expect(git.call(odd, 'git_status', { repo_path: 'r' }).isError).toBe(true);
    expect(
      content('git_status', { repo_path: 'r' }, git.load({ repositories: { r: { staged_files: null, untracked_files: 'ab' } } })),
    ).toEqual({
      status_output: '## main\n?? a\n?? b',
    });
  });
});
