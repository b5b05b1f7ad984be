import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `pnpm bench:smoke`: the benchmark run end to end in quick mode, checked for the shape of its
// results. Kept out of `pnpm test` (it takes a minute and a half of a two-core machine, a quarter of
// the suite) and run by CI as a step of its own.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['bench/smoke.test.ts'],
    globalSetup: ['./tests/support/build-once.ts'],
    reporters: ['default'],
    testTimeout: 120_000,
  },
});
