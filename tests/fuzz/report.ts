import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { FuzzOptions } from './options.js';
import { type PathName, reproducer } from './outcome.js';
import type { Tally } from './tally.js';

/** The bench's goal for the fleet's slowest call: no input within the limits takes longer. */
export const WORST_CALL_GOAL_MS = 100;

export interface PassSummary {
  ran: number;
  skipped?: number;
  stoppedByTime: boolean;
}

export function fuzzReport(options: FuzzOptions, tally: Tally, passes: Partial<Record<PathName, PassSummary>>, seconds: number) {
  const [cpu] = cpus();
  const worst = (path: PathName) => {
    const call = tally.fleetWorst(path);
    return call ? { ...call, millis: round(call.millis) } : undefined;
  };
  const engineWorst = worst('engine');
  return {
    machine: {
      cpuModel: cpu?.model ?? 'unknown',
      cores: availableParallelism(),
      memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
      loadAverage1m: Number((loadavg()[0] ?? 0).toFixed(2)),
      node: process.version,
      date: new Date().toISOString(),
    },
    run: {
      seed: options.seed,
      casesPerTool: options.cases,
      seconds: options.seconds ?? null,
      envs: options.envs ?? 'all',
      tool: options.tool ?? 'all',
      paths: options.paths,
      sample: options.sample,
      bodyLimit: options.bodyLimit,
      argumentLimit: options.argumentLimit,
      caseTimeoutMs: options.caseTimeoutMs,
      stallMs: options.stallMs,
      durationSeconds: Math.round(seconds),
      passes,
    },
    counts: {
      environments: new Set(tally.targets().map((t) => t.server)).size,
      tools: tally.targets().length,
      cases: sum(tally, (t) => t.cases),
      answers: sum(tally, (t) => t.answers),
      violations: tally.violations.length,
    },
    // The engine's time is the call itself on the server's event loop; HTTP and MCP add the body's
    // transfer and parsing on a shared machine.
    fleetWorst: { engine: engineWorst, http: worst('http'), mcp: worst('mcp') },
    goal: {
      figure: 'fleetWorst.engine.millis',
      atMost: WORST_CALL_GOAL_MS,
      met: engineWorst ? engineWorst.millis <= WORST_CALL_GOAL_MS : null,
    },
    tools: tally.targets().map((t) => ({
      ...t,
      worst: Object.fromEntries(Object.entries(t.worst).map(([path, call]) => [path, { ...call, millis: round(call.millis) }])),
    })),
    violations: tally.violations.map((v) => ({ ...v, millis: round(v.millis), reproduce: reproducer(options.seed, v) })),
  };
}

export type FuzzReport = ReturnType<typeof fuzzReport>;

export function writeReport(path: string, report: FuzzReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

/** What a person reads at the end of a run: counts, the slowest calls, and every violation with its reproducer. */
export function summary(report: FuzzReport, out: string, maxViolations = 40): string {
  const lines: string[] = [];
  const { counts } = report;
  lines.push(
    `fuzz: ${counts.environments} environments, ${counts.tools} tools; cases engine ${counts.cases.engine}, http ${counts.cases.http}, mcp ${counts.cases.mcp} (seed ${report.run.seed}, ${report.run.durationSeconds} s)`,
  );
  lines.push(
    `answers in process: ${counts.answers.ok} ok, ${counts.answers['tool-error']} tool errors, ${counts.answers.refused} refused, ${counts.answers.none} none`,
  );
  for (const [path, call] of Object.entries(report.fleetWorst)) {
    if (call)
      lines.push(
        `slowest ${path.padEnd(6)} ${String(call.millis).padStart(9)} ms  ${call.server} ${call.tool} case ${call.index} (${call.kind}: ${call.note})`,
      );
  }
  if (report.goal.met !== null) lines.push(`goal: no call over ${report.goal.atMost} ms in process — ${report.goal.met ? 'met' : 'UNMET'}`);
  const slowest = report.tools
    .filter((t) => t.worst.engine)
    .sort((a, b) => (b.worst.engine?.millis ?? 0) - (a.worst.engine?.millis ?? 0))
    .slice(0, 8);
  if (slowest.length) {
    lines.push('slowest tools in process:');
    for (const t of slowest)
      lines.push(
        `  ${String(t.worst.engine?.millis).padStart(9)} ms  ${t.server} ${t.tool} (${t.worst.engine?.kind}: ${t.worst.engine?.note})`,
      );
  }
  if (report.violations.length === 0) lines.push('no violations');
  else {
    lines.push(`${report.violations.length} violations:`);
    for (const v of report.violations.slice(0, maxViolations)) {
      lines.push(`- [${v.path}] ${v.server} ${v.tool} case ${v.index} (${v.kind}: ${v.note})`);
      for (const problem of v.violations) lines.push(`    ${problem}`);
      if (v.preview) lines.push(`    arguments: ${v.preview}`);
      lines.push(`    reproduce: ${v.reproduce}`);
    }
    if (report.violations.length > maxViolations) lines.push(`… and ${report.violations.length - maxViolations} more in ${out}`);
  }
  lines.push(`report: ${out}`);
  return lines.join('\n');
}

function sum<K extends string>(tally: Tally, pick: (t: ReturnType<Tally['targets']>[number]) => Record<K, number>): Record<K, number> {
  const total = {} as Record<K, number>;
  for (const target of tally.targets())
    for (const [key, value] of Object.entries(pick(target)) as [K, number][]) total[key] = (total[key] ?? 0) + value;
  return total;
}

function round(millis: number): number {
  return Number(millis.toFixed(millis >= 100 ? 0 : millis >= 1 ? 2 : 3));
}
