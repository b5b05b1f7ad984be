import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { EpisodeError } from '@envfleet/episodes';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { RedisConnection } from '../src/redis-connection.js';
import { commitScript } from '../src/redis-scripts.js';
import { RedisEpisodeStore, type RedisStoreOptions } from '../src/index.js';
import { deleteRedisKeys, REDIS_URL, uniquePrefix, withRedis } from './services.js';
import { advance, copyOf, describeStoreContract, entry, record, sleep, snapshotOf } from './store-contract.js';

const filePrefix = uniquePrefix('redis-store');
let namespaces = 0;
const stores: RedisEpisodeStore[] = [];

/** A store in a namespace of its own, closed after the test. */
async function openStore(options: Partial<RedisStoreOptions> = {}): Promise<RedisEpisodeStore> {
  namespaces += 1;
  const store = await RedisEpisodeStore.connect({ url: REDIS_URL, keyPrefix: `${filePrefix}${namespaces}:`, ...options });
  stores.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});
afterAll(async () => {
  await deleteRedisKeys(filePrefix);
});

describeStoreContract('redis', () => RedisEpisodeStore.connect({ url: REDIS_URL, keyPrefix: `${filePrefix}contract-${++namespaces}:` }));

describe('RedisEpisodeStore', () => {
  it('keeps every key of an episode under its prefix, and removes them all on delete', async () => {
    const store = await openStore({ keyPrefix: `${filePrefix}layout:` });
    const episode = record();
    await store.create(episode, [entry(0, 'x')]);
    const keys = await withRedis((redis) => redis.keys(`${filePrefix}layout:*`));
    expect(keys.sort()).toEqual([`${filePrefix}layout:episode:${episode.id}`, `${filePrefix}layout:episodes`]);
    await store.delete(episode.id);
    expect(await withRedis((redis) => redis.keys(`${filePrefix}layout:*`))).toEqual([]);
  });

  it('writes only the states a commit changed, and deletes states nothing refers to any more', async () => {
    const store = await openStore();
    const key = `${filePrefix}${namespaces}:episode:`;
    const episode = record();
    await store.create(episode, []);
    const stored = async () =>
      withRedis(async (redis) => ({
        refs: JSON.parse((await redis.hget(key + episode.id, 'states')) ?? '{}') as Record<string, string>,
        blobs: (await redis.hkeys(key + episode.id)).filter((field) => field.startsWith('blob:')).length,
      }));
    const atReset = await stored();
    expect(atReset.blobs).toBe(2);

    let current = advance(episode, { Counter: { value: 1 } });
    await store.commit(current, 1, []);
    const afterStep = await stored();
    expect(afterStep.refs.Notes).toBe(atReset.refs.Notes);
    expect(afterStep.refs.Counter).not.toBe(atReset.refs.Counter);
    expect(afterStep.blobs).toBe(3); // the initial Counter state stays for the archive

    const next = advance(current, { Counter: { value: 2 } });
    await store.commit(next, current.version, []);
    current = next;
    expect((await stored()).blobs).toBe(3); // value 1 was collected

    expect(await store.putSnapshot(snapshotOf(current, 's'), current.version)).toBe('ok');
    expect((await stored()).blobs).toBe(3); // a snapshot refers to the states already there
    const after = advance(current, { Counter: { value: 3 } });
    await store.commit(after, current.version, []);
    expect((await stored()).blobs).toBe(4); // value 2 is pinned by the snapshot
    expect((await store.getSnapshot(episode.id, 's'))?.states).toEqual({ Notes: { notes: {}, next_id: 1 }, Counter: { value: 2 } });
  });

  it("shares episodes between replicas: each sees the other's writes, and stale writes conflict", async () => {
    const prefix = `${filePrefix}replicas:`;
    const a = await openStore({ keyPrefix: prefix });
    const b = await openStore({ keyPrefix: prefix });
    const episode = record();
    await a.create(episode, []);
    expect(await b.get(episode.id)).toEqual(episode);

    const byA = advance(episode, { Counter: { value: 1 } });
    expect(await a.commit(byA, 1, [entry(1, 'Counter-increment')])).toBe('ok');
    expect(await b.get(episode.id)).toEqual(byA);

    // B answers from its cache when told the compare-and-set will check, and the check catches A.
    const byA2 = advance(byA, { Counter: { value: 2 } });
    await a.commit(byA2, 2, [entry(2, 'Counter-increment')]);
    const stale = await b.get(episode.id, { forCommit: true });
    expect(stale?.version).toBe(2);
    expect(await b.commit(advance(stale as typeof byA, { Counter: { value: 99 } }), 2, [])).toBe('conflict');
    const fresh = await b.get(episode.id, { forCommit: true });
    expect(fresh).toEqual(byA2);
    expect(await b.commit(advance(byA2, { Counter: { value: 3 } }), 3, [entry(3, 'Counter-increment')])).toBe('ok');
    expect((await a.get(episode.id))?.states.Counter).toEqual({ value: 3 });
    expect((await a.trajectory(episode.id))?.map((e) => e.step)).toEqual([1, 2, 3]);
    expect(await a.delete(episode.id)).toBeDefined();
    expect(await b.get(episode.id)).toBeUndefined();
  });

  it('gives states back frozen, like the ones the environments make', async () => {
    const prefix = `${filePrefix}frozen:`;
    const writer = await openStore({ keyPrefix: prefix });
    const reader = await openStore({ keyPrefix: prefix });
    const episode = record();
    await writer.create(episode, []);
    const read = await reader.get(episode.id);
    expect(Object.isFrozen(read?.states.Notes)).toBe(true);
    expect(Object.isFrozen((read?.states.Notes as { notes: object }).notes)).toBe(true);
  });

  it('recognises a commit sent twice (a resend after a dropped connection) instead of reporting a conflict', async () => {
    const store = await openStore();
    const prefix = `${filePrefix}${namespaces}:`;
    const episode = record();
    await store.create(episode, []);
    const args = [episode.id, '1', '2', 'token-1', '{}', '{}', '{}', '0', '0', '+inf', '', '[{"step":1}]', '0'];
    const keys = [`${prefix}episode:${episode.id}`, `${prefix}episodes`];
    const run = () => withRedis((redis) => redis.eval(commitScript.lua, 2, ...keys, ...args));
    expect(await run()).toBe('ok');
    expect(await run()).toBe('ok');
    expect(await store.trajectory(episode.id)).toEqual([{ step: 1 }]);
    args[3] = 'token-2';
    expect(((await run()) as unknown[])[0]).toBe('conflict');
  });

  it('copies long trajectories (a fork of a long episode)', async () => {
    const store = await openStore();
    const episode = record();
    const calls = Array.from({ length: 2500 }, (_, i) => entry(i + 1, `Counter-increment`));
    await store.create(episode, calls);
    expect(await store.trajectory(episode.id)).toEqual(calls);
    let current = episode;
    for (let i = 0; i < 300; i++) {
      const next = advance(current, {});
      await store.commit(next, current.version, [entry(next.step, 'Notes-add_note')]);
      current = next;
    }
    // Steps extend the head's segment while only the head refers to it: a few fields, not 300.
    const fields = await withRedis((redis) => redis.hlen(`${filePrefix}${namespaces}:episode:${episode.id}`));
    expect(fields).toBeLessThan(40);
    const copy = copyOf(current);
    expect(await store.fork(current, [copy])).toBe('ok');
    expect(await store.trajectory(copy.id)).toEqual(await store.trajectory(episode.id));
    expect(await store.trajectory(copy.id)).toHaveLength(2800);
  });

  it('keeps a fork whole in its own hash: the source can go, and no state is sent again', async () => {
    const prefix = `${filePrefix}forks:`;
    const options = { url: REDIS_URL, keyPrefix: prefix };
    const connection = await RedisConnection.open(options);
    const store = new RedisEpisodeStore(options, connection);
    stores.push(store);
    const source = advance(record(), { Counter: { value: 3 } });
    await store.create(source, [entry(1, 'Counter-increment')]);
    const run = vi.spyOn(connection, 'run');
    const copy = copyOf(source);
    expect(await store.fork(source, [copy])).toBe('ok');
    expect(run).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(run.mock.calls[0]?.[3])).not.toContain('value');
    await store.delete(source.id);
    const other = await openStore({ keyPrefix: prefix });
    expect(await other.get(copy.id)).toEqual(copy);
    expect(await other.trajectory(copy.id)).toEqual([entry(1, 'Counter-increment')]);
  });

  it('deletes trajectory segments once no snapshot, head or later segment refers to them', async () => {
    const store = await openStore();
    const key = `${filePrefix}${namespaces}:episode:`;
    let current = record();
    await store.create(current, []);
    const segments = () => withRedis(async (redis) => (await redis.hkeys(key + current.id)).filter((f) => f.startsWith('calls:')).length);
    const step = async () => {
      const next = advance(current, {});
      expect(await store.commit(next, current.version, [entry(next.step, 'Counter-increment')])).toBe('ok');
      current = next;
    };
    const restore = async (id: string) => {
      const next = { ...current, version: current.version + 1 };
      expect(await store.commit(next, current.version, [], id)).toBe('ok');
      current = next;
    };
    await step();
    expect(await store.putSnapshot(snapshotOf(current, 'kept'), current.version)).toBe('ok');
    // Sent twice (a resend after a dropped connection): still one reference.
    expect(await store.putSnapshot(snapshotOf(current, 'kept'), current.version)).toBe('ok');
    expect(await store.snapshotCount(current.id)).toBe(1);
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 4; i++) await step();
      await restore('kept');
    }
    expect(await segments()).toBe(1);
    await step();
    await step();
    expect(await store.putSnapshot(snapshotOf(current, 'tip'), current.version)).toBe('ok');
    await restore('kept');
    await step();
    expect(await segments()).toBe(3); // "kept"'s, "tip"'s (its two steps in one), and the new one
    await restore('tip');
    expect(await segments()).toBe(2);
    expect(await store.trajectory(current.id)).toHaveLength(3);
  });

  it('sets the idle TTL on every key of the episode, and refreshes or removes it on commit', async () => {
    const store = await openStore({ expiryGraceSeconds: 30 });
    const prefix = `${filePrefix}${namespaces}:`;
    const episode = record({ ttlSeconds: 100 });
    await store.create(episode, [entry(0, 'x')]);
    const ttl = () => withRedis((redis) => redis.ttl(`${prefix}episode:${episode.id}`));
    expect(await ttl()).toBeGreaterThan(120);
    await store.commit({ ...advance(episode, {}), ttlSeconds: 0 }, 1, [entry(1, 'y')]);
    expect(await ttl()).toBe(-1);
  });

  it('lets Redis drop an idle episode by itself once its TTL and grace have passed', async () => {
    const store = await openStore({ expiryGraceSeconds: 0 });
    const episode = record({ ttlSeconds: 1, lastActiveAt: Date.now() });
    await store.create(episode, [entry(0, 'x')]);
    expect(await store.putSnapshot(snapshotOf(episode, 's'), episode.version)).toBe('ok');
    await sleep(1500);
    expect(await store.get(episode.id)).toBeUndefined();
    expect(await store.trajectory(episode.id)).toBeUndefined();
    expect(await store.getSnapshot(episode.id, 's')).toBeUndefined();
    // The reaper still sees it due; closing it finds nothing and takes it off the index.
    expect(await store.expired(Date.now())).toEqual([episode.id]);
    expect(await store.delete(episode.id)).toBeUndefined();
    expect(await store.size()).toBe(0);
  });

  it('refuses to connect to a Redis that does not answer, naming it', async () => {
    await expect(RedisEpisodeStore.connect({ url: 'redis://127.0.0.1:1' })).rejects.toThrow(
      /Redis at redis:\/\/127\.0\.0\.1:1 does not answer: .*ECONNREFUSED/,
    );
  });

  it('fails fast with a 503 naming Redis while it is down, and serves again by itself once it is back', async () => {
    const port = await freePort();
    let server = await startRedis(port);
    try {
      const store = await openStore({ url: `redis://127.0.0.1:${port}` });
      const episode = record();
      await store.create(episode, []);

      await stopRedis(server);
      const error = await store.get(episode.id).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(EpisodeError);
      expect((error as EpisodeError).kind).toBe('unavailable');
      expect((error as EpisodeError).status).toBe(503);
      expect((error as Error).message).toMatch(new RegExp(`^Redis at redis://127\\.0\\.0\\.1:${port} does not answer: `));
      await expect(store.commit(advance(episode, {}), 1, [])).rejects.toMatchObject({ kind: 'unavailable' });
      expect(await store.ping()).toBe(false);

      server = await startRedis(port);
      await waitFor(() => store.ping());
      // That Redis kept nothing (no persistence): the episode is gone, new ones work.
      expect(await store.get(episode.id)).toBeUndefined();
      const again = record();
      await store.create(again, []);
      expect(await store.get(again.id)).toEqual(again);
    } finally {
      await stopRedis(server);
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitFor(async () => /Ready to accept connections/.test(output), `redis-server on port ${port} to start:\n${output}`);
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

async function waitFor(check: () => Promise<boolean>, what = 'the condition'): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`Waited 10 s for ${what}`);
}
