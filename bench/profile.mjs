#!/usr/bin/env node
// `node bench/profile.mjs <figure> [--quick]`: runs one figure under --cpu-prof — the figure's own
// process and every server it starts — and prints the hottest frames of each profile. The
// profiles stay in bench/results/profiles/<figure>/ for Chrome DevTools or speedscope.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hotFrames } from './lib/hot-frames.mjs';
import { runFigure } from './lib/processes.mjs';
import { benchDir, requireBuild } from './lib/workspace.mjs';
import { FIGURES } from './figures.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { quick: { type: 'boolean', default: false }, top: { type: 'string', default: '15' } },
});
const figure = FIGURES.find((f) => f.name === positionals[0]);
if (!figure) {
  console.error(`usage: node bench/profile.mjs <figure> [--quick] [--top N]  (figures: ${FIGURES.map((f) => f.name).join(', ')})`);
  process.exit(2);
}
requireBuild();

const dir = join(benchDir, 'results', 'profiles', figure.name);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// Server children read this (lib/processes.mjs) and profile themselves too.
process.env.BENCH_CPU_PROF_DIR = dir;
const { metrics, skipped } = await runFigure(figure.name, {
  quick: values.quick,
  execArgv: [...figure.execArgv, '--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-name=figure.cpuprofile'],
  timeoutMs: 900_000,
});
if (skipped) console.log(`${figure.name} skipped: ${skipped}`);
for (const [key, entry] of Object.entries(metrics)) {
  console.log(`${key}: ${entry.value} ${entry.unit}${entry.goal ? ` (goal ${entry.goal}: ${entry.met ? 'met' : 'UNMET'})` : ''}`);
}
// Profiles are written as the processes exit; runFigure has stopped them all by now.
for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
  const { busyMillis, idleMillis, bySelfTime, ourFramesByTotalTime } = hotFrames(join(dir, file), Number(values.top));
  console.log(`\n${file} (busy ${busyMillis} ms, idle ${idleMillis} ms; shares of busy time)\n  self time:`);
  for (const { frame, percent } of bySelfTime) console.log(`    ${String(percent).padStart(5)}%  ${frame}`);
  console.log('  our frames, total time:');
  for (const { frame, percent } of ourFramesByTotalTime) console.log(`    ${String(percent).padStart(5)}%  ${frame}`);
}
