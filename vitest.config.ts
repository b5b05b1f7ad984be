import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One config for the whole workspace. Workspace packages resolve to their TypeScript sources, so
// tests never run against a stale build and a new environment is testable before any install.
const root = fileURLToPath(new URL('.', import.meta.url));

function workspaceSources(): Record<string, string> {
  const alias: Record<string, string> = {};
  const add = (dir: string) => {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest) || !existsSync(join(dir, 'src/index.ts'))) return;
    alias[JSON.parse(readFileSync(manifest, 'utf8')).name] = join(dir, 'src/index.ts');
  };
  for (const name of readdirSync(join(root, 'packages'))) add(join(root, 'packages', name));
  for (const domain of readdirSync(join(root, 'environments'))) {
    const domainDir = join(root, 'environments', domain);
    if (existsSync(join(domainDir, 'package.json'))) continue;
    for (const name of readdirSync(domainDir)) add(join(domainDir, name));
  }
  return alias;
}

export default defineConfig({
  resolve: { alias: workspaceSources(), conditions: ['envfleet-source'] },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'environments/*/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['./tests/support/build-once.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    pool: 'threads',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
