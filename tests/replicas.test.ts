/**
 * Scaling past one process: gateway replicas over one Redis, a replica killed mid-run, Redis itself
 * restarted mid-run, the PostgreSQL archive and its export, and settings that keep a gateway from
 * starting. Real Redis and PostgreSQL, real gateway processes.
 */
import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, stopProcess } from './support/child-server.js';
import { http } from './support/http.js';
import { DATABASE_URL, deleteRedisKeys, dropSchema, freePort, PrivateRedis, REDIS_URL, uniqueName } from './support/services.js';
import { workspaceRoot } from './support/workspace-environments.js';

const cli = join(workspaceRoot, 'packages/cli/dist/main.js');
const prefix = `${uniqueName('envfleet_replicas')}:`;
const schema = uniqueName('replicas');
const shared = { REDIS_URL, REDIS_KEY_PREFIX: prefix, DATABASE_URL, DATABASE_SCHEMA: schema };
const children: ChildProcess[] = [];

async function gateway(env: Record<string, string>) {
  const started = await startServerProcess(cli, ['serve'], env);
  children.push(started.child);
  return { ...started, api: http(started.url) };
}

const createEvent = (n: number) => ({
  calls: [
    {
      name: 'Calendar-create_event',
      arguments: { summary: `step ${n}`, start_time: '2025-05-01T09:00:00Z', end_time: '2025-05-01T10:00:00Z' },
    },
  ],
});
const summaries = (state: { Calendar: { events: Record<string, { summary: string }> } }) =>
  new Set(Object.values(state.Calendar.events).map((event) => event.summary));

let a: Awaited<ReturnType<typeof gateway>>;
let b: Awaited<ReturnType<typeof gateway>>;

beforeAll(async () => {
  [a, b] = await Promise.all([gateway(shared), gateway(shared)]);
});
afterAll(async () => {
  await Promise.all(children.map((child) => stopProcess(child, 'SIGKILL')));
  await deleteRedisKeys(prefix);
  await dropSchema(schema);
});

describe('two gateway replicas on one Redis', () => {
  it('serve the same episode, stepped alternately on each', async () => {
    const { body } = await a.api('POST', '/v1/episodes', { servers: ['Calendar'], scenario: { Calendar: { events: {} } } });
    for (let n = 1; n <= 10; n++) {
      const replica = n % 2 ? b : a;
      const step = await replica.api('POST', `/v1/episodes/${body.episodeId}/step`, createEvent(n));
      expect(step.status).toBe(200);
      expect(step.body.step).toBe(n);
    }
    const [fromA, fromB] = await Promise.all([
      a.api('GET', `/v1/episodes/${body.episodeId}/state`),
      b.api('GET', `/v1/episodes/${body.episodeId}/state`),
    ]);
    expect(fromA.body).toEqual(fromB.body);
    expect(summaries(fromB.body.state).size).toBe(10);
  });

  it('keep every one of 40 concurrent steps sent to both', async () => {
    const { body } = await a.api('POST', '/v1/episodes', { servers: ['Calendar'], scenario: { Calendar: { events: {} } } });
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, n) => (n % 2 ? a : b).api('POST', `/v1/episodes/${body.episodeId}/step`, createEvent(n))),
    );
    const acknowledged = answers.filter((answer) => answer.status === 200).length;
    expect(acknowledged).toBe(40);
    const { body: final } = await b.api('GET', `/v1/episodes/${body.episodeId}/state`);
    expect(final.step).toBe(40);
    expect(summaries(final.state).size).toBe(40);
  });

  it('lose no acknowledged step when a replica is killed mid-run', async () => {
    const victim = await gateway(shared);
    const { body } = await victim.api('POST', '/v1/episodes', { servers: ['Calendar'], scenario: { Calendar: { events: {} } } });
    const acknowledged: string[] = [];
    let n = 0;
    const run = (async () => {
      for (;;) {
        n += 1;
        const label = `step ${n}`;
        const answer = await victim.api('POST', `/v1/episodes/${body.episodeId}/step`, createEvent(n)).catch(() => undefined);
        if (!answer) return;
        if (answer.status === 200) acknowledged.push(label);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stopProcess(victim.child, 'SIGKILL');
    await run;
    expect(acknowledged.length).toBeGreaterThan(0);
    const { body: after } = await b.api('GET', `/v1/episodes/${body.episodeId}/state`);
    const stored = summaries(after.state);
    for (const label of acknowledged) expect(stored.has(label), `${label} was acknowledged`).toBe(true);
  });

  it('expire an idle episode after its TTL', async () => {
    const { body } = await a.api('POST', '/v1/episodes', { servers: ['Calendar'], ttlSeconds: 1 });
    expect((await b.api('GET', `/v1/episodes/${body.episodeId}/state`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect((await b.api('GET', `/v1/episodes/${body.episodeId}/state`)).status).toBe(404);
  });
});

describe('the PostgreSQL archive', () => {
  it('keeps closed episodes and exports them as EnvFactory-style JSONL', async () => {
    const { body } = await a.api('POST', '/v1/episodes', { servers: ['Calendar'], seed: 3 });
    await b.api('POST', `/v1/episodes/${body.episodeId}/step`, createEvent(1));
    const closed = await a.api('DELETE', `/v1/episodes/${body.episodeId}`);
    expect(closed.status).toBe(200);
    // Closed again through the other replica: the same answer, and archived once (below).
    const again = await b.api('DELETE', `/v1/episodes/${body.episodeId}`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(closed.body);
    const out = join(mkdtempSync(join(tmpdir(), 'envfleet-export-')), 'episodes.jsonl');
    const exported = spawnSync(process.execPath, [cli, 'export', '--out', out], {
      env: { ...process.env, DATABASE_URL, DATABASE_SCHEMA: schema },
      encoding: 'utf8',
    });
    expect(exported.status, exported.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.filter((line) => line.episodeId === body.episodeId)).toHaveLength(1);
    const episode = lines.find((line) => line.episodeId === body.episodeId);
    expect(Object.keys(episode)).toEqual(['episodeId', 'servers', 'initial_config', 'final_config', 'calls']);
    expect(episode.servers).toEqual(['Calendar']);
    expect(Object.keys(episode.initial_config.Calendar.events)).toEqual(['event_1', 'event_2']);
    expect(Object.keys(episode.final_config.Calendar.events)).toEqual(['event_1', 'event_2', 'event_3']);
    expect(episode.calls).toEqual([expect.objectContaining({ name: 'Calendar-create_event', isError: false, step: 1 })]);
  });
});

describe('Redis restarted mid-run', () => {
  it('answers 503 with a clear message while Redis is down, then recovers with nothing acknowledged lost', async () => {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    try {
      const c = await gateway({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: prefix });
      const { body } = await c.api('POST', '/v1/episodes', { servers: ['Calendar'], scenario: { Calendar: { events: {} } } });
      expect((await c.api('POST', `/v1/episodes/${body.episodeId}/step`, createEvent(1))).status).toBe(200);

      await redis.stop();
      const down = await c.api('POST', `/v1/episodes/${body.episodeId}/step`, createEvent(2));
      expect(down.status).toBe(503);
      expect(down.body.detail).toMatch(/Redis at .* does not answer/);
      expect((await c.api('GET', '/readyz')).status).toBe(503);

      await redis.start();
      let state: { status: number; body: { state: { Calendar: { events: Record<string, { summary: string }> } } } } | undefined;
      for (let attempt = 0; attempt < 50; attempt++) {
        state = await c.api('GET', `/v1/episodes/${body.episodeId}/state`);
        if (state.status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(state?.status).toBe(200);
      expect(summaries(state!.body.state)).toEqual(new Set(['step 1']));
      expect((await c.api('POST', `/v1/episodes/${body.episodeId}/step`, createEvent(3))).status).toBe(200);
    } finally {
      await redis.dispose();
    }
  });
});

describe('settings that keep a gateway from starting', () => {
  for (const [variable, value] of [
    ['REDIS_URL', 'redis://127.0.0.1:1'],
    ['REDIS_URL', 'not a url'],
    ['DATABASE_URL', 'postgres://postgres@127.0.0.1:1/test'],
  ] as const) {
    it(`${variable}=${value} → exit with a message naming ${variable}`, () => {
      const run = spawnSync(process.execPath, [cli, 'serve'], {
        env: { ...process.env, PORT: '0', [variable]: value },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`envfleet cannot start: ${variable}=`));
    });
  }
});
