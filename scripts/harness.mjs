#!/usr/bin/env node
// `node scripts/harness.mjs <fuzz|soak> [args]`: runs one of the long-running harnesses of tests/.
// They are TypeScript, type-checked with the rest; here each is bundled into tests/dist/ with
// esbuild, workspace packages resolved to their builds (run `node scripts/build.mjs` first, as
// `pnpm fuzz` and `pnpm soak` do), so the harness shares the very modules the gateway runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// Each harness's entry points (under tests/): its main module, and what runs in other threads or
// processes. Bundles keep their place relative to each other, so `new URL('./x.js', import.meta.url)`
// finds its sibling entry.
const HARNESSES = {
  fuzz: ['fuzz/main.ts', 'fuzz/engine-worker.ts', 'support/fleet-server.ts'],
  soak: ['soak/main.ts', 'soak/memory-probe.ts', 'support/fleet-server.ts'],
};

const [name, ...args] = process.argv.slice(2);
const entries = HARNESSES[name];
if (!entries) {
  console.error(`harness: expected one of ${Object.keys(HARNESSES).join(', ')}, got ${name ?? 'nothing'}`);
  process.exit(2);
}
const tests = join(root, 'tests');
const outdir = join(tests, 'dist');

/** `@envfleet/<pkg>` → the package's build, imported as is: one copy of each module per process. */
const workspaceBuilds = {
  name: 'workspace-builds',
  setup(bundle) {
    bundle.onResolve({ filter: /^@envfleet\/[\w-]+$/ }, ({ path }) => {
      const dist = join(root, 'packages', path.slice('@envfleet/'.length), 'dist/index.js');
      if (!existsSync(dist)) return { errors: [{ text: `${path} has no build at ${dist}: run \`node scripts/build.mjs\`` }] };
      return { path: dist, external: true };
    });
  },
};

await build({
  entryPoints: entries.map((entry) => join(tests, entry)),
  outdir,
  outbase: tests,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'inline',
  // Dependencies from node_modules stay imports, resolved from the workspace root as usual.
  packages: 'external',
  plugins: [workspaceBuilds],
  logLevel: 'warning',
});
const main = join(outdir, name, 'main.js');
process.argv = [process.argv[0], main, ...args];
await import(pathToFileURL(main).href);
