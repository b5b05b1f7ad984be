import { parseArgs } from 'node:util';
import { RESET, UNKNOWN_TOOL } from './generate/cases.js';
import type { PathName } from './outcome.js';

export interface FuzzOptions {
  seed: number;
  /** Cases per tool (and per pseudo-tool). */
  cases: number;
  /** Wall-clock budget of the whole run, shared by the passes; none: run every case. */
  seconds: number | undefined;
  envs: string[] | undefined;
  tool: string | undefined;
  /** Only this case index. */
  caseIndex: number | undefined;
  paths: PathName[];
  /** How many of each tool's first cases also go over HTTP and MCP. */
  sample: number;
  bodyLimit: number;
  argumentLimit: number;
  caseTimeoutMs: number;
  /** A call slower than this through the engine (best of three) is a stall. */
  stallMs: number;
  out: string;
}

export const USAGE = `pnpm fuzz [options] — generated calls to every tool of every environment, in process and through a real gateway

  --seed N            seed of every generated value (default 1); the same seed gives the same cases
  --cases N           cases per tool (default 40); the first 9 are a fixed plan, the rest random
  --seconds S         time budget of the whole run (engine pass, then HTTP, then MCP); cases left are skipped
  --env A,B           only these environments
  --tool NAME         only this tool (also "unknown-tool" and "reset", the two pseudo-tools)
  --case K            only case K (with --env and --tool: one reproducer)
  --paths LIST        engine,http,mcp (default all three)
  --sample N          each tool's first N cases also go over HTTP and MCP (default 9)
  --body-limit BYTES  the gateway's ENVFLEET_BODY_LIMIT, and the size of the largest values (default 16 MiB)
  --argument-limit BYTES
                      the gateway's ENVFLEET_MAX_ARGUMENT_BYTES, the largest arguments a tool runs with (default 1 MiB)
  --case-timeout S    a case with no answer after S seconds is a stall (default 10)
  --stall-ms MS       a call slower than this in process (best of 3) is a violation (default 1000)
  --out FILE          the JSON report (default bench/results/fuzz.json)
`;

export function readOptions(argv: string[]): FuzzOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string' },
      cases: { type: 'string' },
      seconds: { type: 'string' },
      env: { type: 'string' },
      tool: { type: 'string' },
      case: { type: 'string' },
      paths: { type: 'string' },
      sample: { type: 'string' },
      'body-limit': { type: 'string' },
      'argument-limit': { type: 'string' },
      'case-timeout': { type: 'string' },
      'stall-ms': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const paths = (values.paths ?? 'engine,http,mcp').split(',').map((path) => path.trim());
  const unknownPaths = paths.filter((path) => !['engine', 'http', 'mcp'].includes(path));
  if (unknownPaths.length) throw new UsageError(`--paths: unknown path ${unknownPaths.join(', ')} (paths: engine, http, mcp)`);
  const tool = values.tool === 'unknown-tool' ? UNKNOWN_TOOL : values.tool === 'reset' ? RESET : values.tool;
  const caseIndex = whole('case', values.case, 0);
  return {
    seed: whole('seed', values.seed, 0) ?? 1,
    cases: caseIndex !== undefined ? caseIndex + 1 : (whole('cases', values.cases, 1) ?? 40),
    seconds: positive('seconds', values.seconds),
    envs: values.env
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    tool,
    caseIndex,
    paths: paths as PathName[],
    sample: whole('sample', values.sample, 0) ?? 9,
    bodyLimit: whole('body-limit', values['body-limit'], 65_536) ?? 16 * 1024 * 1024,
    argumentLimit: whole('argument-limit', values['argument-limit'], 1024) ?? 1024 * 1024,
    caseTimeoutMs: (positive('case-timeout', values['case-timeout']) ?? 10) * 1000,
    stallMs: positive('stall-ms', values['stall-ms']) ?? 1000,
    out: values.out ?? 'bench/results/fuzz.json',
  };
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function whole(name: string, raw: string | undefined, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new UsageError(`--${name} ${raw}: expected a whole number of at least ${min}`);
  return value;
}

function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`--${name} ${raw}: expected a positive number`);
  return value;
}
