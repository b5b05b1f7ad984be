import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type SampleReport, sampleTasks } from '@envfleet/sampler';
import { UsageError } from './new-env.js';
import { serversByName } from './servers-by-name.js';

export const SAMPLE_USAGE = 'usage: envfleet sample --servers A,B --count N [--seed S] [--max-steps K] [--preset NAME] [--out FILE.jsonl]';

export interface SampleCommandResult {
  /** The tasks as JSONL: written to --out, or for standard output. */
  jsonl: string;
  out: string | undefined;
  /** Counts, coverage per server, and what was not emitted and why. */
  summary: string;
  report: SampleReport;
}

/**
 * `envfleet sample`: verified tasks over a set of servers as JSONL (`envfleet tasks import` takes the
 * file), with a summary of coverage and of every chain left out.
 */
export async function sample(root: string, args: string[], options: { source?: boolean } = {}): Promise<SampleCommandResult> {
  const read = readSampleOptions(args);
  const environments = await serversByName(root, read.servers, options);
  const report = await sampleTasks({
    environments,
    count: read.count,
    seed: read.seed,
    maxSteps: read.maxSteps,
    ...(read.preset !== undefined ? { preset: read.preset } : {}),
  }).catch((error: unknown) => {
    // What the sampler refuses (a server without tools) is the user's to fix, not a crash.
    throw error instanceof RangeError ? new UsageError(error.message) : error;
  });
  const jsonl = report.tasks.map((task) => `${JSON.stringify(task)}\n`).join('');
  // Relative to where the command was run, not where pnpm runs it.
  if (read.out !== undefined) writeFileSync(resolve(root, read.out), jsonl);
  return { jsonl, out: read.out, summary: summarize(report, read.count), report };
}

interface SampleArguments {
  servers: string[];
  count: number;
  seed: number;
  maxSteps: number;
  preset: string | undefined;
  out: string | undefined;
}

function readSampleOptions(args: string[]): SampleArguments {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!['--servers', '--count', '--seed', '--max-steps', '--preset', '--out'].includes(arg))
      throw new UsageError(`Unknown argument ${arg}\n${SAMPLE_USAGE}`);
    const value = args[++i];
    if (value === undefined) throw new UsageError(`${arg} needs a value\n${SAMPLE_USAGE}`);
    values.set(arg, value);
  }
  const servers = (values.get('--servers') ?? '').split(',').filter((name) => name.length > 0);
  if (servers.length === 0) throw new UsageError(`Name the servers of the tasks (--servers A,B)\n${SAMPLE_USAGE}`);
  const whole = (flag: string, fallback: number | undefined, least: number): number => {
    const text = values.get(flag);
    if (text === undefined) {
      if (fallback === undefined) throw new UsageError(`${flag} is required\n${SAMPLE_USAGE}`);
      return fallback;
    }
    if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < least)
      throw new UsageError(`${flag} takes a whole number of at least ${least}, not "${text}"`);
    return Number(text);
  };
  return {
    servers,
    count: whole('--count', undefined, 1),
    seed: whole('--seed', 0, 0),
    maxSteps: whole('--max-steps', 4, 1),
    preset: values.get('--preset'),
    out: values.get('--out'),
  };
}

function summarize(report: SampleReport, wanted: number): string {
  const lines = [
    `${report.tasks.length} of ${wanted} tasks verified (${report.attempts} chains tried, ${report.duplicates} duplicates, ${report.rejected.length} left out)`,
  ];
  for (const server of report.coverage.servers) {
    lines.push(
      `  ${server.server.padEnd(28)} tools ${server.toolsSucceeded}/${server.tools} succeeded (${server.toolsCalled} called), edges ${server.edgesReached}/${server.edges}`,
    );
  }
  if (report.coverage.crossServerEdges > 0)
    lines.push(`  across servers: edges ${report.coverage.crossServerEdgesReached}/${report.coverage.crossServerEdges}`);
  const reasons = new Map<string, number>();
  for (const rejected of report.rejected) reasons.set(rejected.reason, (reasons.get(rejected.reason) ?? 0) + 1);
  for (const [reason, times] of reasons) lines.push(`  left out ×${times}: ${reason}`);
  for (const finding of report.findings) lines.push(`  found in ${finding.server}: ${finding.kind} in ${finding.tool}: ${finding.message}`);
  return lines.join('\n');
}
