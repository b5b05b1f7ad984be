import { EpisodeEngine, type EpisodeLimits, LimitError } from '@envfleet/episodes';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { RedisEpisodeStore } from '../src/index.js';
import { deleteRedisKeys, REDIS_URL, uniquePrefix } from './services.js';
import { toyCatalog } from '@envfleet/testing';

// The engine's limits over Redis: counts come from Redis, so every replica sharing it sees them.
const prefix = uniquePrefix('limits-over-redis');
const stores: RedisEpisodeStore[] = [];
let namespaces = 0;

/** `count` replicas over one fresh key prefix, each with its own connection and cache. */
async function replicas(count: number, limits: Partial<EpisodeLimits>): Promise<EpisodeEngine[]> {
  const keyPrefix = `${prefix}${++namespaces}:`;
  return Promise.all(
    Array.from({ length: count }, async () => {
      const store = await RedisEpisodeStore.connect({ url: REDIS_URL, keyPrefix });
      stores.push(store);
      return new EpisodeEngine({ environments: toyCatalog(), store, limits });
    }),
  );
}

async function refusal(promise: Promise<unknown>): Promise<LimitError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LimitError);
  return error as LimitError;
}

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});
afterAll(async () => {
  await deleteRedisKeys(prefix);
});

describe('limits over Redis', () => {
  it('counts the live episodes of every replica', async () => {
    const [a, b] = (await replicas(2, { maxEpisodes: 2 })) as [EpisodeEngine, EpisodeEngine];
    await a.reset({ servers: ['Counter'] });
    await b.reset({ servers: ['Counter'] });
    expect((await refusal(a.reset({ servers: ['Counter'] }))).setting).toBe('ENVFLEET_MAX_EPISODES');
    expect(await b.store.size()).toBe(2);
  });

  it('counts the snapshots an episode keeps in Redis, whichever replica took them', async () => {
    const [a, b] = (await replicas(2, { maxSnapshotsPerEpisode: 2 })) as [EpisodeEngine, EpisodeEngine];
    const { episodeId } = await a.reset({ servers: ['Counter'] });
    expect(await a.store.snapshotCount(episodeId)).toBe(0);
    await a.snapshot(episodeId);
    await b.step(episodeId, { calls: [{ name: 'increment' }] });
    await b.snapshot(episodeId);
    expect(await a.store.snapshotCount(episodeId)).toBe(2);
    expect((await refusal(a.snapshot(episodeId))).setting).toBe('ENVFLEET_MAX_SNAPSHOTS');
    expect(await b.store.snapshotCount('ep_unknown')).toBe(0);
  });

  it('keeps each episode’s state size with its record, so another replica goes on from it', async () => {
    const [a, b] = (await replicas(2, { maxStateBytes: 2048 })) as [EpisodeEngine, EpisodeEngine];
    const { episodeId } = await a.reset({ servers: ['Notes'] });
    await a.step(episodeId, { calls: [{ name: 'add_note', arguments: { text: 'x'.repeat(1500) } }] });
    const { state } = await b.state(episodeId);
    expect((await b.store.get(episodeId))?.stateBytes).toBe(JSON.stringify(state.Notes).length);
    const { results } = await b.step(episodeId, { calls: [{ name: 'add_note', arguments: { text: 'y'.repeat(600) } }] });
    expect(results[0]?.content).toEqual({ message: expect.stringContaining('ENVFLEET_MAX_STATE_BYTES') });
  });
});
