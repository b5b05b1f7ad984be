// The fleet's slowest call: `pnpm fuzz` in process (every tool of every environment, valid calls,
// edge values and adversarial inputs up to the argument limit, one of the body's size), run for a fixed time; the slowest single
// call it found, timed again (best of three). No input within the limits may take longer than the goal.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metric } from '../lib/metrics.mjs';
import { workspaceRoot } from '../lib/workspace.mjs';

export async function measure({ quick }) {
  const seconds = quick ? 20 : 120;
  const scratch = mkdtempSync(join(tmpdir(), 'envfleet-fuzz-'));
  const out = join(scratch, 'fuzz.json');
  try {
    // The fuzz exits 1 when it finds violations: the figure is measured all the same (goals are
    // reported, never enforced); without a report it could not be measured at all.
    const run = await new Promise((resolve) =>
      execFile(
        process.execPath,
        ['scripts/harness.mjs', 'fuzz', '--paths', 'engine', '--seconds', String(seconds), '--out', out],
        { cwd: workspaceRoot, timeout: (seconds + 120) * 1000, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => resolve({ error, stdout, stderr }),
      ),
    );
    if (!existsSync(out)) throw new Error(`bench: the fuzz wrote no report: ${run.error?.message ?? ''}\n${run.stderr.slice(-2000)}`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const worst = report.fleetWorst.engine;
    if (!worst) throw new Error('bench: the fuzz measured no call');
    return {
      fuzzWorstCallMillis: metric(
        worst.millis,
        'ms',
        `slowest single call through the episode engine as the gateway builds it (best of 3 runs): ${worst.server} ${worst.tool}, case ${worst.index} (${worst.kind}: ${worst.note}); ${report.counts.cases.engine} generated cases over ${report.counts.tools} tools of ${report.counts.environments} environments (a budget of ${seconds} s), seed ${report.run.seed}, arguments up to ${report.run.argumentLimit} B (ENVFLEET_MAX_ARGUMENT_BYTES), body limit ${report.run.bodyLimit} B`,
        { atMost: 100 },
      ),
      fuzzCases: metric(report.counts.cases.engine, 'cases', `cases run in process (a budget of ${seconds} s)`),
      fuzzViolations: metric(
        report.counts.violations,
        'violations',
        'cases that stalled, failed unexpectedly, changed the state on an error or left an unreadable trajectory (pnpm fuzz lists them with reproducers)',
      ),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
