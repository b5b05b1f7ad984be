/**
 * `scripts/build.mjs` runs before every `pnpm envfleet …` command: it rebuilds only packages whose
 * sources changed since their dist/ was built, and says nothing when none did. Run on a throwaway
 * workspace of one package (the script builds the workspace it sits in).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceRoot } from './support/workspace-environments.js';

let root: string;
const source = () => join(root, 'packages/toy/src/index.ts');
const output = () => join(root, 'packages/toy/dist/index.js');

/** What the build printed (its one line goes to stderr); '' when it printed nothing. */
function build(...args: string[]): string {
  const env = { ...process.env };
  delete env.ENVFLEET_QUIET_BUILD;
  const run = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), ...args], { cwd: root, env, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout + run.stderr;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'envfleet-build-'));
  mkdirSync(join(root, 'scripts'));
  cpSync(join(workspaceRoot, 'scripts/build.mjs'), join(root, 'scripts/build.mjs'));
  symlinkSync(join(workspaceRoot, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'packages/toy/src'), { recursive: true });
  writeFileSync(join(root, 'packages/toy/package.json'), JSON.stringify({ name: 'toy', type: 'module' }));
  writeFileSync(source(), 'export const answer: number = 1;\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('scripts/build.mjs', () => {
  it('builds a package once, then skips it silently while its sources are unchanged', () => {
    expect(build()).toMatch(/^built 1 of 1 packages in \d+ ms/);
    expect(readFileSync(output(), 'utf8')).toContain('answer = 1');
    const builtAt = statSync(output()).mtimeMs;
    expect(build()).toBe('');
    expect(statSync(output()).mtimeMs).toBe(builtAt);
  });

  it('rebuilds a package whose source changed, even when the file keeps an old time', () => {
    const before = statSync(source());
    writeFileSync(source(), 'export const answer: number = 2;\n');
    utimesSync(source(), before.atime, before.mtime);
    expect(build()).toMatch(/^built 1 of 1 packages/);
    expect(readFileSync(output(), 'utf8')).toContain('answer = 2');
  });

  it('rebuilds everything with --force', () => {
    expect(build('--force')).toMatch(/^built 1 of 1 packages/);
    expect(build()).toBe('');
  });
});
