#!/usr/bin/env node
// Transpiles every workspace package's src/ to dist/ (one file in, one file out, no bundling).
// Type-checking is separate (`pnpm typecheck`); this step only has to be fast and faithful, so that
// every `bin` is plain Node JavaScript that `npx` or an MCP client can run without a loader.
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

const started = performance.now();
const dirs = packageDirs();
await Promise.all(
  dirs.map(async (dir) => {
    const src = join(dir, 'src');
    if (!existsSync(src)) return;
    await build({
      entryPoints: sourceFiles(src),
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
  }),
);
const ms = Math.round(performance.now() - started);
if (!process.env.ENVFLEET_QUIET_BUILD) console.error(`built ${dirs.length} packages in ${ms} ms (${relative(process.cwd(), root) || '.'})`);
