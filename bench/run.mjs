#!/usr/bin/env node
// `pnpm bench [--quick] [--only a,b] [--out file]`: every performance figure (bench/README.md),
// each beside its baseline in the same run. Goals are reported met or
// unmet and never fail the run; a figure that cannot be measured does (exit code 1).
//
// A full run writes bench/results/latest.json and the table in bench/README.md. --quick (a couple
// of seconds per figure, for CI and the smoke test) writes bench/results/quick.json and leaves the
// README alone: its numbers are too short to keep. --only without --out measures some figures again
// and replaces them in the results file, keeping the others (and says which, and when).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runFigure } from './lib/processes.mjs';
import { machine, markdownTable, textTable, updateReadme, writeResults } from './lib/report.mjs';
import { benchDir, requireBuild } from './lib/workspace.mjs';
import { FIGURES, GOAL_KEYS } from './figures.mjs';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
  },
});
const quick = values.quick;
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !FIGURES.some((figure) => figure.name === name)) ?? [];
if (unknown.length) {
  console.error(`bench: unknown figure ${unknown.join(', ')} (figures: ${FIGURES.map((figure) => figure.name).join(', ')})`);
  process.exit(2);
}
requireBuild();

const out = values.out ?? join(benchDir, 'results', quick ? 'quick.json' : 'latest.json');
const results = { machine: machine(), mode: quick ? 'quick' : 'full', metrics: {} };
const failures = [];
const skipped = [];
const started = performance.now();
for (const figure of FIGURES.filter((f) => !only || only.includes(f.name))) {
  const figureStarted = performance.now();
  process.stderr.write(`bench: ${figure.name}…`);
  try {
    const measured = await runFigure(figure.name, { quick, execArgv: figure.execArgv, timeoutMs: quick ? 90_000 : 600_000 });
    Object.assign(results.metrics, measured.metrics);
    if (measured.skipped) skipped.push({ figure: figure.name, reason: measured.skipped });
    const took = `${((performance.now() - figureStarted) / 1000).toFixed(1)} s`;
    process.stderr.write(measured.skipped ? ` skipped (${took}): ${measured.skipped}\n` : ` ${took}\n`);
  } catch (error) {
    process.stderr.write(' failed\n');
    console.error(error instanceof Error ? error.message : error);
    failures.push(figure.name);
  }
}
if (failures.length) results.failures = failures;
if (skipped.length) results.skipped = skipped;

// A partial run must not wipe the figures it did not measure.
if (only && !values.out && existsSync(out)) {
  const previous = JSON.parse(readFileSync(out, 'utf8'));
  const remeasured = [...(previous.remeasured ?? []).filter((entry) => !only.includes(entry.figure))];
  for (const figure of only) remeasured.push({ figure, date: results.machine.date, loadAverage1m: results.machine.loadAverage1m });
  Object.assign(results, { machine: previous.machine, metrics: { ...previous.metrics, ...results.metrics }, remeasured });
  const stillSkipped = [...(previous.skipped ?? []).filter((entry) => !only.includes(entry.figure)), ...skipped];
  if (stillSkipped.length) results.skipped = stillSkipped;
}
writeResults(out, results);
console.log(`\n${textTable(results.metrics, GOAL_KEYS)}\n`);
console.log(`${quick ? 'quick run' : 'full run'} in ${((performance.now() - started) / 1000).toFixed(0)} s → ${out}`);
if (!quick && !values.out && !only) updateReadme(join(benchDir, 'README.md'), markdownTable(results, GOAL_KEYS));
if (failures.length) {
  console.error(`bench: could not measure ${failures.join(', ')}`);
  process.exitCode = 1;
}
