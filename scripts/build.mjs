#!/usr/bin/env node
// Transpiles every workspace package's src/ to dist/ (one file in, one file out, no bundling).
// Type-checking is separate (`pnpm typecheck`); this step only has to be fast and faithful, so that
// every `bin` is plain Node JavaScript that `npx` or an MCP client can run without a loader.
//
// A package whose sources are what its dist/ was built from is skipped, so that `pnpm -s envfleet …`
// (which builds first) starts at once and prints nothing when nothing changed. What a build was
// made from is a hash of its sources, package.json and this script, kept in dist/.build-hash:
// contents, not times, so a checkout, a stash or a copy that keeps old times is still seen.
// `--force` builds every package anyway.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

function packageDirs() {
  const dirs = [];
  for (const group of ['packages', 'environments']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base)) {
      const dir = join(base, entry);
      if (existsSync(join(dir, 'package.json'))) dirs.push(dir);
      else if (statSync(dir).isDirectory())
        for (const sub of readdirSync(dir)) {
          const nested = join(dir, sub);
          if (existsSync(join(nested, 'package.json'))) dirs.push(nested);
        }
    }
  }
  return dirs;
}

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const self = readFileSync(fileURLToPath(import.meta.url));

/** What a package's dist/ is built from: this script, its package.json, and each source's path and content. */
function sourceHash(dir, files) {
  const hash = createHash('sha256')
    .update(self)
    .update(readFileSync(join(dir, 'package.json')));
  for (const file of [...files].sort()) hash.update(`\0${relative(dir, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const started = performance.now();
const dirs = packageDirs();
let built = 0;
await Promise.all(
  dirs.map(async (dir) => {
    const src = join(dir, 'src');
    if (!existsSync(src)) return;
    const files = sourceFiles(src);
    const stamp = join(dir, 'dist', '.build-hash');
    const hash = sourceHash(dir, files);
    if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
    built++;
    await build({
      entryPoints: files,
      outdir: join(dir, 'dist'),
      outbase: src,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: true,
      logLevel: 'warning',
    });
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
    for (const bin of bins) if (existsSync(join(dir, bin))) chmodSync(join(dir, bin), 0o755);
    // Written last: a build that failed half-way leaves the old stamp, or none, and runs again.
    writeFileSync(stamp, hash);
  }),
);
const ms = Math.round(performance.now() - started);
if (built > 0 && !process.env.ENVFLEET_QUIET_BUILD)
  console.error(`built ${built} of ${dirs.length} packages in ${ms} ms (${relative(process.cwd(), root) || '.'})`);
