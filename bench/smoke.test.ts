/**
 * `pnpm bench --quick` runs end to end and writes results of the promised shape. Timings are
 * never asserted: they depend on the machine. The build comes from the global setup.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { workspaceRoot } from '../tests/support/workspace-environments.js';

const run = promisify(execFile);
// The results go to a scratch folder, so a smoke run never replaces the figures of a full run.
const scratch = mkdtempSync(join(tmpdir(), 'envfleet-bench-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const GOALS = [
  'gatewayStepVsEcho',
  'mcpCallVsSdkMinimal',
  'episodeMicros',
  'liveEpisodesPerGiB',
  'forkGrowth10KBto10MB',
  'fuzzWorstCallMillis',
];
const ALSO = [
  ...['reset', 'step', 'snapshot', 'restore'].flatMap((op) => [`${op}MicrosP50`, `${op}MicrosP99`]),
  'stepsPerSecondPerCore',
  'httpStepsPerSecond',
  'httpStepsPerSecondPerCore',
  'httpStepMillisP50',
  'httpStepMillisP99',
];

describe('pnpm bench --quick', () => {
  it('measures every figure and writes machine and metrics as JSON', { timeout: 120_000 }, async () => {
    const out = join(scratch, 'quick.json');
    const { stdout } = await run(process.execPath, ['bench/run.mjs', '--quick', '--out', out], { cwd: workspaceRoot, timeout: 110_000 });
    expect(stdout).toContain('gatewayStepVsEcho');

    const results = JSON.parse(readFileSync(out, 'utf8'));
    expect(results.machine).toMatchObject({
      cpuModel: expect.any(String),
      cores: expect.any(Number),
      memoryGiB: expect.any(Number),
      node: process.version,
    });
    expect(Number.isNaN(Date.parse(results.machine.date))).toBe(false);
    expect(results.failures).toBeUndefined();
    for (const key of [...GOALS, ...ALSO]) {
      const entry = results.metrics[key];
      expect(entry, key).toMatchObject({ unit: expect.any(String), detail: expect.any(String) });
      expect(Number.isFinite(entry.value), `${key} is a number`).toBe(true);
    }
    for (const key of GOALS) expect(typeof results.metrics[key].met, `${key} says met or unmet`).toBe('boolean');
  });
});
