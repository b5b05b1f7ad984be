import { EpisodeEngine, type EpisodeRecord, type TrajectoryEntry } from '@envfleet/episodes';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { RedisEpisodeStore } from '../src/index.js';
import { describeHistoryContract } from './history-contract.js';
import { deleteRedisKeys, REDIS_URL, uniquePrefix } from './services.js';
import { toyCatalog } from '@envfleet/testing';

const prefix = uniquePrefix('redis-engine');
const stores: RedisEpisodeStore[] = [];

/** One gateway replica: its own Redis connection and cache, the file's shared keys. */
async function replica(onClose?: (record: EpisodeRecord, trajectory: TrajectoryEntry[]) => void) {
  const store = await RedisEpisodeStore.connect({ url: REDIS_URL, keyPrefix: prefix });
  stores.push(store);
  return new EpisodeEngine({ environments: toyCatalog(), store, ...(onClose ? { onClose } : {}) });
}

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});
afterAll(async () => {
  await deleteRedisKeys(prefix);
});

let namespaces = 0;

// Each test's replicas share a key prefix of their own, with a connection and a cache each.
describeHistoryContract('redis', async (replicas) => {
  const keyPrefix = `${prefix}history-${++namespaces}:`;
  return Promise.all(Array.from({ length: replicas }, () => RedisEpisodeStore.connect({ url: REDIS_URL, keyPrefix })));
});

describe('EpisodeEngine over Redis', () => {
  it('runs an episode: reset, steps, snapshot, restore, fork, close', async () => {
    const closed: { record: EpisodeRecord; trajectory: TrajectoryEntry[] }[] = [];
    const engine = await replica((record, trajectory) => closed.push({ record, trajectory }));
    const { episodeId } = await engine.reset({ servers: ['Notes', 'Counter'], scenario: { Counter: { value: 10 } }, seed: 3 });

    const first = await engine.step(episodeId, {
      calls: [
        { name: 'Notes-add_note', arguments: { text: 'kept' } },
        { name: 'Counter-increment', arguments: { by: 2 } },
      ],
    });
    expect(first.results.map((r) => r.isError)).toEqual([false, false]);
    const { snapshotId, step } = await engine.snapshot(episodeId);
    expect(step).toBe(1);

    const second = await engine.step(episodeId, {
      calls: [{ name: 'Notes-add_note', arguments: { text: '' } }, { name: 'Counter-increment' }],
    });
    expect(second.results.map((r) => r.isError)).toEqual([true, false]);
    expect((await engine.state(episodeId)).state).toEqual({
      Notes: { notes: { n1: { id: 'n1', text: 'kept' } }, next_id: 2, blob: '' },
      Counter: { value: 13 },
    });

    expect(await engine.restore(episodeId, { snapshotId })).toEqual({ step: 1 });
    expect((await engine.state(episodeId)).state.Counter).toEqual({ value: 12 });
    expect((await engine.trajectory(episodeId)).calls.map((c) => c.name)).toEqual(['Notes-add_note', 'Counter-increment']);

    // Another replica serves the same episode and its forks.
    const other = await replica();
    const { episodeIds } = await other.fork(episodeId, { count: 2 });
    expect(episodeIds).toHaveLength(2);
    await other.step(episodeIds[0] as string, { calls: [{ name: 'Counter-increment', arguments: { by: 100 } }] });
    expect((await engine.state(episodeIds[0] as string)).state.Counter).toEqual({ value: 112 });
    expect((await engine.state(episodeIds[1] as string)).state.Counter).toEqual({ value: 12 });
    expect((await engine.state(episodeId)).state.Counter).toEqual({ value: 12 });
    expect((await engine.trajectory(episodeIds[1] as string)).calls).toHaveLength(2);

    const evaluation = await other.evaluate(episodeId, {
      groundTruth: [
        { name: 'Notes-add_note', arguments: { text: 'kept' } },
        { name: 'Counter-increment', arguments: { by: 2 } },
      ],
      finalConfig: { Counter: { value: 12 } },
    });
    expect(evaluation).toMatchObject({ trace: 1, state: 1 });

    const result = await engine.close(episodeId);
    expect(result.steps).toBe(1);
    expect(result.state.Counter).toEqual({ value: 12 });
    expect(closed).toHaveLength(1);
    expect(closed[0]?.record.initialStates).toEqual({ Notes: { notes: {}, next_id: 1, blob: '' }, Counter: { value: 10 } });
    expect(closed[0]?.trajectory.map((c) => c.step)).toEqual([1, 1]);
    await expect(other.state(episodeId)).rejects.toMatchObject({ status: 404 });
    for (const id of episodeIds) await other.close(id);
  });

  it('keeps every one of 40 concurrent steps sent through two replicas', async () => {
    const a = await replica();
    const b = await replica();
    const { episodeId } = await a.reset({ servers: ['Counter'] });
    const steps = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).step(episodeId, { calls: [{ name: 'increment' }] }));
    const results = await Promise.allSettled(steps);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const acknowledged = results.map((r) => (r.status === 'fulfilled' ? r.value.step : 0));
    expect(acknowledged.sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect((await b.state(episodeId)).state).toEqual({ Counter: { value: 40 } });
    const { calls } = await a.trajectory(episodeId);
    expect(calls.map((c) => c.step)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(calls.map((c) => (c.content as { value: number }).value)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    await a.close(episodeId);
  });

  it("counts a text step's malformed tool calls on the episode, seen by every replica, kept by snapshots and forks", async () => {
    const a = await replica();
    const b = await replica();
    const { episodeId } = await a.reset({ servers: ['Counter'] });
    const { snapshotId } = await a.snapshot(episodeId);
    const text = '<tool_call>{"name": "increment", "arguments": {}}</tool_call><tool_call>{"name": "increment"}</tool_call>';
    expect(await a.step(episodeId, { text })).toMatchObject({ step: 1, formatErrors: 1 });
    // The other replica reads the count from Redis and adds to it.
    expect(await b.step(episodeId, { text })).toMatchObject({ step: 2, formatErrors: 2 });
    const score = async (engine: EpisodeEngine, id: string) =>
      (await engine.evaluate(id, { groundTruth: [], finalConfig: {} })).formatPenalty;
    expect(await score(a, episodeId)).toBeCloseTo(0.1, 12);
    const {
      episodeIds: [copy],
    } = await b.fork(episodeId, { count: 1 });
    expect(await score(a, copy as string)).toBeCloseTo(0.1, 12);
    await a.restore(episodeId, { snapshotId });
    expect(await score(b, episodeId)).toBe(0);
    await a.close(episodeId);
    await a.close(copy as string);
  });
});
