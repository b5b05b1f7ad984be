import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One config for the whole workspace. Workspace packages resolve to their TypeScript sources, so
// tests never run against a stale build and a new environment is testable before any install.
const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));
const alias = Object.fromEntries(
  readdirSync(packagesDir).map((name) => [`@envfleet/${name}`, `${packagesDir}${name}/src/index.ts`]),
);

export default defineConfig({
  resolve: { alias, conditions: ['source'] },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'environments/*/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    pool: 'threads',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
