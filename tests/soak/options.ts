import { parseArgs } from 'node:util';

export interface SoakOptions {
  minutes: number;
  store: 'memory' | 'redis';
  /** A running Redis for --store redis; none: the soak starts a redis-server of its own. */
  redisUrl: string | undefined;
  envs: string[] | undefined;
  /** Rollout workers driving episodes at once (plus one opening and closing MCP sessions). */
  concurrency: number;
  /** Requests per second across all workers: a steady load, so that memory can settle. */
  rate: number;
  /** The gateway's ENVFLEET_TTL_SECONDS: abandoned episodes must be gone this long after their last use. */
  ttlSeconds: number;
  sampleSeconds: number;
  /** Samples before this are warm-up (caches, JIT, the first abandoned episodes) and not judged. */
  warmupSeconds: number;
  seed: number;
  outDir: string;
}

export const USAGE = `pnpm soak [options] — a mixed rollout workload against a gateway on loopback; fails if memory grows or anything is lost

  --minutes N        how long the workload runs (default 2), then the drain and the checks
  --store S          memory (default) or redis
  --redis-url URL    a running Redis for --store redis (keys under a prefix of this run, deleted after);
                     default: a redis-server of the soak's own on a free port, so that its memory is the soak's alone
  --env A,B          only these environments (default: every environment of the workspace)
  --concurrency N    rollout workers (default 4), plus one MCP-session worker
  --rate R           requests per second, all workers together (default 150)
  --ttl S            the gateway's idle TTL in seconds (default 10): abandoned episodes are left to it
  --sample S         seconds between samples of memory, live episodes and step latency (default 5)
  --warmup S         seconds of warm-up not judged (default: the larger of 50 s and a tenth of the run)
  --seed N           seed of the workload's choices (default 1)
  --out-dir DIR      where the curve goes (default bench/results): soak-<store>.csv and .json
`;

export function readSoakOptions(argv: string[]): SoakOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      minutes: { type: 'string' },
      store: { type: 'string' },
      'redis-url': { type: 'string' },
      env: { type: 'string' },
      concurrency: { type: 'string' },
      rate: { type: 'string' },
      ttl: { type: 'string' },
      sample: { type: 'string' },
      warmup: { type: 'string' },
      seed: { type: 'string' },
      'out-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const store = values.store ?? 'memory';
  if (store !== 'memory' && store !== 'redis') throw new SoakUsageError(`--store ${store}: expected memory or redis`);
  const minutes = positive('minutes', values.minutes) ?? 2;
  const seconds = minutes * 60;
  const warmupSeconds = positive('warmup', values.warmup) ?? Math.min(seconds / 2, Math.max(50, seconds / 10));
  if (warmupSeconds >= seconds) throw new SoakUsageError(`--warmup ${warmupSeconds}: must be shorter than the run (${seconds} s)`);
  return {
    minutes,
    store,
    redisUrl: values['redis-url'],
    envs: values.env
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    concurrency: Math.round(positive('concurrency', values.concurrency) ?? 4),
    rate: positive('rate', values.rate) ?? 150,
    ttlSeconds: Math.round(positive('ttl', values.ttl) ?? 10),
    sampleSeconds: positive('sample', values.sample) ?? 5,
    warmupSeconds,
    seed: Math.round(positive('seed', values.seed) ?? 1),
    outDir: values['out-dir'] ?? 'bench/results',
  };
}

export class SoakUsageError extends Error {
  override readonly name = 'SoakUsageError';
}

function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new SoakUsageError(`--${name} ${raw}: expected a positive number`);
  return value;
}
