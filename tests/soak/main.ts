// `pnpm soak --minutes N [--store memory|redis]`: a mixed rollout workload against a real gateway
// on loopback, sampling its memory, live episodes and step latency; fails if memory grows after
// warm-up or anything acknowledged is lost. See tests/soak/README.md.
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FleetProcess, startFleetProcess } from '../support/fleet-process.js';
import { environmentFacts, loadFleet, workspaceRoot } from '../fuzz/fleet.js';
import type { EnvironmentFacts } from '../fuzz/generate/cases.js';
import { Random } from '../fuzz/generate/random.js';
import { percentile, type Sample, writeCurveCsv, writeJson } from './curve.js';
import { gatewayMemory, liveEpisodes } from './gateway-probe.js';
import { Ledger } from './ledger.js';
import { mcpSession } from './mcp-session.js';
import { readSoakOptions, type SoakOptions, SoakUsageError, USAGE } from './options.js';
import { PrivateRedis } from './private-redis.js';
import { RedisKeyspace } from './redis-keys.js';
import { rollout } from './rollout.js';
import { Pacer, SoakApi } from './soak-api.js';
import { type GrowthVerdict, growthVerdict, type Tolerance } from './verdict.js';

const MiB = 1024 * 1024;
// What counts as growth over the judged part of a run. The heap is measured after a full
// collection and is steady to a few MiB; RSS also carries the allocator's and V8's own slack.
const TOLERANCES: Record<'heapUsedBytes' | 'rssBytes' | 'redisUsedBytes', Tolerance> = {
  heapUsedBytes: { absolute: 8 * MiB, relative: 0.05 },
  rssBytes: { absolute: 32 * MiB, relative: 0.1 },
  redisUsedBytes: { absolute: 8 * MiB, relative: 0.1 },
};
// How long the gateway's reaper may take to come by (its interval), on top of the idle TTL.
const REAPER_INTERVAL_SECONDS = 30;
const CHECKED_IDS = 300;

async function main(argv: string[]): Promise<number> {
  const options = readSoakOptions(argv);
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const environments = (await loadFleet(options.envs)).map(environmentFacts).filter((env) => env.tools.length > 0);
  const privateRedis = options.store === 'redis' && !options.redisUrl ? new PrivateRedis() : undefined;
  let keyspace: RedisKeyspace | undefined;
  let gateway: FleetProcess | undefined;
  try {
    await privateRedis?.start();
    const redisUrl = options.redisUrl ?? privateRedis?.url ?? '';
    keyspace = options.store === 'redis' ? new RedisKeyspace(redisUrl, `envfleet-soak:${process.pid}:`) : undefined;
    await keyspace?.connect();
    gateway = await startFleetProcess({
      ...(options.envs ? { servers: environments.map((env) => env.server) } : {}),
      env: {
        ENVFLEET_TTL_SECONDS: String(options.ttlSeconds),
        // The store is the one asked for, whatever the shell exports; nothing is archived.
        REDIS_URL: keyspace ? redisUrl : '',
        ...(keyspace ? { REDIS_KEY_PREFIX: keyspace.prefix } : {}),
        DATABASE_URL: '',
      },
      nodeArgs: ['--expose-gc', '--import', fileURLToPath(new URL('./memory-probe.js', import.meta.url))],
      ipc: true,
    });
    return await soak(options, environments, gateway, keyspace);
  } finally {
    await gateway?.stop();
    await keyspace?.deleteAll().catch(() => undefined);
    await keyspace?.close();
    await privateRedis?.stop();
  }
}

async function soak(
  options: SoakOptions,
  environments: EnvironmentFacts[],
  gateway: FleetProcess,
  keyspace: RedisKeyspace | undefined,
): Promise<number> {
  const ledger = new Ledger();
  const pacer = new Pacer(options.rate);
  const api = new SoakApi(gateway.url, pacer, ledger);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const end = started + options.minutes * 60_000;
  const samples: Sample[] = [];

  const sample = async (phase: Sample['phase']) => {
    const [memory, live, redisUsed] = await Promise.all([gatewayMemory(gateway.child), liveEpisodes(gateway.url), keyspace?.usedMemory()]);
    for (const logged of gateway.drainErrors())
      ledger.violation(`the gateway logged "${logged.message}"${logged.error ? `: ${logged.error}` : ''}`);
    const window = ledger.takeWindow();
    const point: Sample = {
      seconds: elapsed(),
      phase,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      liveEpisodes: live,
      stepP99Ms: percentile(window, 99),
      stepsInWindow: window.length,
      rollouts: ledger.counts.rollouts,
      violations: ledger.violationCount,
      redisUsedBytes: redisUsed ?? null,
    };
    samples.push(point);
    process.stderr.write(
      `soak ${point.seconds.toFixed(0).padStart(5)} s ${phase}: heap ${(point.heapUsedBytes / MiB).toFixed(1)} MiB, rss ${(point.rssBytes / MiB).toFixed(1)} MiB, ${live} live, step p99 ${point.stepP99Ms?.toFixed(1) ?? '–'} ms (${window.length}), ${ledger.counts.rollouts} rollouts, ${ledger.violationCount} violations\n`,
    );
  };

  // The workload: rollout workers and one worker opening and closing MCP sessions, until the end.
  // Whatever a rollout throws is the gateway answering something unexpected: a violation, and on.
  const failed = (error: unknown) => ledger.violation(`a rollout failed: ${error instanceof Error ? error.message : String(error)}`);
  const workers = Array.from({ length: options.concurrency }, async (_, worker) => {
    for (let n = 0; performance.now() < end; n++) {
      const random = new Random(options.seed, 'rollout', worker, n);
      await rollout({ api, ledger, environments, ttlSeconds: options.ttlSeconds }, random).catch(failed);
    }
  });
  workers.push(
    (async () => {
      for (let n = 0; performance.now() < end; n++) {
        const random = new Random(options.seed, 'session', n);
        await mcpSession(gateway.url, random.pick(environments), random, pacer, ledger).catch(failed);
      }
    })(),
  );
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      await new Promise((resolve) => setTimeout(resolve, options.sampleSeconds * 1000));
      if (sampling) await sample('run');
    }
  })();
  await Promise.all(workers);
  sampling = false;
  await sampler;

  // Drain: nothing more is sent. Every episode was closed, or must expire within TTL + a reaper pass.
  const drainDeadline = performance.now() + (options.ttlSeconds + REAPER_INTERVAL_SECONDS + 30) * 1000;
  await sample('drain');
  while ((samples[samples.length - 1] as Sample).liveEpisodes > 0 && performance.now() < drainDeadline) {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await sample('drain');
  }
  const left = (samples[samples.length - 1] as Sample).liveEpisodes;
  if (left > 0)
    ledger.violation(
      `${left} episodes are still live ${options.ttlSeconds + REAPER_INTERVAL_SECONDS + 30} s after the workload stopped: neither closed nor expired`,
    );
  await expectGone(
    api,
    ledger,
    ledger.abandoned.slice(-CHECKED_IDS).map((entry) => entry.id),
    'abandoned',
  );
  await expectGone(api, ledger, ledger.closed.slice(-CHECKED_IDS), 'closed');
  const keysLeft = keyspace ? await keyspace.lingering() : [];
  if (keysLeft.length)
    ledger.violation(
      `${keysLeft.length} Redis keys remain under ${keyspace?.prefix} after every episode ended, e.g. ${keysLeft.slice(0, 3).join(', ')}`,
    );
  const exited = gateway.exit();
  if (exited) ledger.violation(`the gateway ${exited}`);

  const judged = samples.filter((s) => s.phase === 'run' && s.seconds >= options.warmupSeconds);
  const verdicts: Partial<Record<keyof typeof TOLERANCES, GrowthVerdict>> = {};
  let inconclusive: string | undefined;
  try {
    for (const key of Object.keys(TOLERANCES) as (keyof typeof TOLERANCES)[]) {
      if (key === 'redisUsedBytes' && !keyspace) continue;
      verdicts[key] = growthVerdict(
        judged.map((s) => ({ seconds: s.seconds, value: s[key] ?? 0 })),
        TOLERANCES[key],
      );
    }
  } catch (error) {
    inconclusive = error instanceof Error ? error.message : String(error);
  }
  const growing = Object.entries(verdicts)
    .filter(([, verdict]) => verdict.grows)
    .map(([key]) => key);

  const outBase = resolve(workspaceRoot, options.outDir, `soak-${options.store}`);
  writeCurveCsv(`${outBase}.csv`, samples);
  const stepLatencies = judged.map((s) => s.stepP99Ms).filter((v): v is number => v !== null);
  writeJson(`${outBase}.json`, {
    machine: machine(),
    options,
    counts: ledger.counts,
    verdicts,
    inconclusive: inconclusive ?? null,
    stepP99MsWorstWindow: stepLatencies.length ? Math.max(...stepLatencies) : null,
    violations: ledger.violations,
    violationCount: ledger.violationCount,
    samples,
  });

  const lines = [
    `soak (${options.store}, ${options.minutes} min, ${environments.length} environments, ${options.concurrency} workers at ${options.rate} req/s): ${JSON.stringify(ledger.counts)}`,
  ];
  for (const [key, verdict] of Object.entries(verdicts)) {
    lines.push(
      `${key}: ${verdict.grows ? 'GROWS' : 'flat'} — slope ${(verdict.slopePerMinute / MiB).toFixed(2)} MiB/min, plateau delta ${(verdict.plateauDelta / MiB).toFixed(2)} MiB, tolerance ${(verdict.tolerance / MiB).toFixed(1)} MiB over ${verdict.samples} samples after ${options.warmupSeconds} s of warm-up`,
    );
  }
  if (inconclusive) lines.push(`memory: inconclusive — ${inconclusive}`);
  lines.push(ledger.violationCount ? `${ledger.violationCount} violations:` : 'nothing lost');
  for (const violation of ledger.violations.slice(0, 30)) lines.push(`- ${violation}`);
  lines.push(`curve: ${join(options.outDir, `soak-${options.store}.csv`)} and .json`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return ledger.violationCount || growing.length || inconclusive ? 1 : 0;
}

/** GET …/state of each id must answer 404: the episode is gone, not just quiet. */
async function expectGone(api: SoakApi, ledger: Ledger, ids: string[], what: string): Promise<void> {
  for (const id of ids) {
    const response = await fetch(`${api.base}/v1/episodes/${id}/state`, { signal: AbortSignal.timeout(15_000) });
    await response.body?.cancel();
    if (response.status !== 404) ledger.violation(`${what} episode ${id} answers ${response.status} after the drain, not 404`);
  }
}

function machine() {
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    loadAverage1m: Number((loadavg()[0] ?? 0).toFixed(2)),
    node: process.version,
    date: new Date().toISOString(),
  };
}

// Ctrl-C ends the run through process.exit, so that the gateway (and Redis) it started go with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `soak: ${error instanceof Error ? (error instanceof SoakUsageError ? error.message : (error.stack ?? error.message)) : String(error)}\n`,
    );
    process.exitCode = error instanceof SoakUsageError ? 2 : 1;
  },
);
