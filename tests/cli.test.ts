/** The `envfleet` command: list, and new-env producing a package that passes its own checks. */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { list, newEnvironment, UsageError } from '@envfleet/cli';
import type { Environment } from '@envfleet/kit';
import { afterAll, describe, expect, it } from 'vitest';
import { workspaceRoot } from './support/workspace-environments.js';

describe('envfleet list', () => {
  it('lists every environment of the workspace by domain', async () => {
    const text = await list(workspaceRoot, false, { source: true });
    expect(text).toMatch(/^office — \d+\/20/m);
    expect(text).toMatch(/Calendar\s+6 tools/);
    const json = JSON.parse(await list(workspaceRoot, true, { source: true }));
    expect(json.find((e: { name: string }) => e.name === 'Calendar')).toEqual({
      name: 'Calendar',
      domain: 'office',
      tools: 6,
      presets: ['demo'],
    });
  });
});

describe('envfleet new-env', () => {
  // Scaffold into a throwaway workspace inside this one, so imports resolve and the real
  // environments/ folder (which other suites scan) is never touched.
  const scratch = join(workspaceRoot, 'node_modules', '.cache', `new-env-test-${process.pid}`);
  mkdirSync(join(scratch, 'environments'), { recursive: true });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses bad arguments with a message saying what to do', () => {
    expect(() => newEnvironment(workspaceRoot, 'office', undefined, scratch)).toThrow(/usage: envfleet new-env <domain> <Name>/);
    expect(() => newEnvironment(workspaceRoot, 'gardening', 'Shed', scratch)).toThrow(/Unknown domain "gardening": use one of commerce/);
    expect(() => newEnvironment(workspaceRoot, 'office', 'my-env', scratch)).toThrow(UsageError);
  });

  it('writes a package that loads, runs its tools and would be found by the gateway', async () => {
    const dir = newEnvironment(workspaceRoot, 'office', 'PaperTrail', scratch);
    expect(dir).toBe(join(scratch, 'environments/office/paper-trail'));
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({
      name: '@envfleet/env-paper-trail',
      envfleet: { server: 'PaperTrail', domain: 'office' },
      bin: { 'envfleet-paper-trail': 'dist/main.js' },
    });
    for (const file of ['README.md', 'src/main.ts', 'src/presets/demo.ts', 'test/paper-trail.test.ts'])
      expect(existsSync(join(dir, file))).toBe(true);

    const env = (await import(join(dir, 'src/index.ts'))).default as Environment;
    expect(env.name).toBe('PaperTrail');
    const added = env.call(env.loadPreset('demo'), 'add_item', { title: 'Receipts' });
    expect(added.content).toEqual({ item_id: 'item_3', title: 'Receipts' });
    expect(() => newEnvironment(workspaceRoot, 'office', 'PaperTrail', scratch)).toThrow(/already exists/);
  });
});
