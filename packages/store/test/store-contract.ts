import { randomBytes } from 'node:crypto';
import type { EpisodeRecord, EpisodeStore, Snapshot, TrajectoryEntry } from '@envfleet/episodes';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * What every EpisodeStore promises, written once and run against each store. `open` gives a fresh,
 * empty store (its own namespace), closed after each test.
 */
export function describeStoreContract(name: string, open: () => Promise<EpisodeStore>): void {
  describe(`${name} store contract`, () => {
    const opened: EpisodeStore[] = [];
    const fresh = async () => {
      const store = await open();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    it('creates an episode and gives it back; an unknown id is undefined', async () => {
      const store = await fresh();
      const episode = record();
      await store.create(episode, [entry(0, 'Counter-increment')]);
      expect(await store.get(episode.id)).toEqual(episode);
      expect(await store.trajectory(episode.id)).toEqual([entry(0, 'Counter-increment')]);
      expect(await store.get('ep_unknown')).toBeUndefined();
      expect(await store.trajectory('ep_unknown')).toBeUndefined();
    });

    it('commits against the stored version: ok, conflict, missing', async () => {
      const store = await fresh();
      const episode = record();
      await store.create(episode, []);
      const next = advance(episode, { Counter: { value: 1 } });
      expect(await store.commit(next, 1, [entry(1, 'Counter-increment')])).toBe('ok');
      expect(await store.get(episode.id)).toEqual(next);

      const stale = advance(episode, { Counter: { value: 99 } });
      expect(await store.commit(stale, 1, [entry(1, 'Counter-increment')])).toBe('conflict');
      expect(await store.get(episode.id)).toEqual(next);
      expect(await store.trajectory(episode.id)).toHaveLength(1);

      expect(await store.commit(record({ id: 'ep_never_created' }), 1, [])).toBe('missing');
      expect(await store.get('ep_never_created')).toBeUndefined();
    });

    it('keeps the states a commit did not change, and the initial states', async () => {
      const store = await fresh();
      const episode = record();
      await store.create(episode, []);
      const first = advance(episode, { Counter: { value: 1 } });
      await store.commit(first, 1, []);
      const second = advance(first, { Notes: { notes: { n1: { id: 'n1', text: 'hi' } }, next_id: 2 } });
      await store.commit(second, 2, []);
      const stored = await store.get(episode.id);
      expect(stored?.states).toEqual({ Notes: { notes: { n1: { id: 'n1', text: 'hi' } }, next_id: 2 }, Counter: { value: 1 } });
      expect(stored?.initialStates).toEqual(episode.initialStates);
      expect(stored?.version).toBe(3);
    });

    it('appends to the trajectory, and truncates it before appending when asked', async () => {
      const store = await fresh();
      const episode = record();
      await store.create(episode, [entry(1, 'a')]);
      let current = episode;
      const commit = async (entries: TrajectoryEntry[], truncateTo?: number) => {
        const next = advance(current, {});
        expect(await store.commit(next, current.version, entries, truncateTo)).toBe('ok');
        current = next;
        return (await store.trajectory(episode.id))?.map((e) => e.name);
      };
      expect(await commit([entry(2, 'b'), entry(2, 'c')])).toEqual(['a', 'b', 'c']);
      expect(await commit([entry(2, 'd')], 1)).toEqual(['a', 'd']);
      expect(await commit([], 5)).toEqual(['a', 'd']);
      expect(await commit([], 0)).toEqual([]);
      expect(await commit([entry(1, 'e')])).toEqual(['e']);
      expect(await store.trajectory(episode.id)).toEqual([entry(1, 'e')]);
    });

    it('stores snapshots, and a commit can bring their states back', async () => {
      const store = await fresh();
      const episode = record();
      await store.create(episode, []);
      const stepped = advance(episode, { Counter: { value: 5 } });
      await store.commit(stepped, 1, [entry(1, 'Counter-increment')]);
      const snapshot: Snapshot = {
        id: 'snap_1',
        episodeId: episode.id,
        step: stepped.step,
        calls: stepped.calls,
        states: stepped.states,
        trajectoryLength: 1,
        createdAt: 1_700_000_000_123,
      };
      await store.putSnapshot(snapshot);
      expect(await store.getSnapshot(episode.id, 'snap_1')).toEqual(snapshot);
      expect(await store.getSnapshot(episode.id, 'snap_unknown')).toBeUndefined();
      expect(await store.getSnapshot('ep_unknown', 'snap_1')).toBeUndefined();

      const later = advance(stepped, { Counter: { value: 9 }, Notes: { notes: {}, next_id: 7 } });
      await store.commit(later, 2, [entry(2, 'Counter-increment')]);
      const back = await store.getSnapshot(episode.id, 'snap_1');
      const restored = { ...later, states: back?.states ?? {}, step: snapshot.step, version: 4 };
      expect(await store.commit(restored, 3, [], snapshot.trajectoryLength)).toBe('ok');
      expect((await store.get(episode.id))?.states).toEqual(stepped.states);
      expect(await store.trajectory(episode.id)).toHaveLength(1);
    });

    it('ignores a snapshot of an episode that is gone', async () => {
      const store = await fresh();
      await store.putSnapshot({ id: 's', episodeId: 'ep_gone', step: 0, calls: 0, states: {}, trajectoryLength: 0, createdAt: 0 });
      expect(await store.getSnapshot('ep_gone', 's')).toBeUndefined();
      expect(await store.size()).toBe(0);
    });

    it('deletes an episode with its snapshots and returns what it held', async () => {
      const store = await fresh();
      const episode = record();
      await store.create(episode, [entry(0, 'x')]);
      const next = advance(episode, { Counter: { value: 2 } });
      await store.commit(next, 1, [entry(1, 'y')]);
      await store.putSnapshot({
        id: 's1',
        episodeId: episode.id,
        step: 1,
        calls: 1,
        states: next.states,
        trajectoryLength: 2,
        createdAt: 1,
      });
      expect(await store.delete(episode.id)).toEqual({ record: next, trajectory: [entry(0, 'x'), entry(1, 'y')] });
      expect(await store.get(episode.id)).toBeUndefined();
      expect(await store.trajectory(episode.id)).toBeUndefined();
      expect(await store.getSnapshot(episode.id, 's1')).toBeUndefined();
      expect(await store.delete(episode.id)).toBeUndefined();
      expect(await store.commit(advance(next, {}), 2, [])).toBe('missing');
    });

    it('counts live episodes', async () => {
      const store = await fresh();
      expect(await store.size()).toBe(0);
      const a = record();
      const b = record();
      await store.create(a, []);
      await store.create(b, []);
      expect(await store.size()).toBe(2);
      await store.delete(a.id);
      expect(await store.size()).toBe(1);
    });

    it('keeps copies independent: a fork shares no later writes with its source', async () => {
      const store = await fresh();
      const source = advance(record(), { Counter: { value: 3 } });
      await store.create(source, [entry(1, 'Counter-increment')]);
      const fork: EpisodeRecord = { ...source, id: newId(), version: 1 };
      await store.create(fork, [entry(1, 'Counter-increment')]);
      await store.commit(advance(source, { Counter: { value: 4 } }), source.version, [entry(2, 'Counter-increment')]);
      expect((await store.get(fork.id))?.states).toEqual(source.states);
      expect((await store.get(fork.id))?.initialStates).toEqual(source.initialStates);
      expect(await store.trajectory(fork.id)).toHaveLength(1);
      expect(await store.trajectory(source.id)).toHaveLength(2);
    });

    it('lists episodes idle past their TTL, and a commit restarts the idle time', async () => {
      const store = await fresh();
      const t = 1_700_000_000_000;
      const idle = record({ ttlSeconds: 10, lastActiveAt: t });
      const forever = record({ ttlSeconds: 0, lastActiveAt: t });
      const long = record({ ttlSeconds: 3600, lastActiveAt: t });
      for (const episode of [idle, forever, long]) await store.create(episode, []);
      expect(await store.expired(t + 9_999)).toEqual([]);
      expect(await store.expired(t + 10_000)).toEqual([idle.id]);
      await store.commit({ ...advance(idle, {}), lastActiveAt: t + 8_000 }, 1, []);
      expect(await store.expired(t + 10_000)).toEqual([]);
      expect(await store.expired(t + 18_000)).toEqual([idle.id]);
      expect((await store.expired(t + 3_600_000)).sort()).toEqual([idle.id, long.id].sort());
    });

    it('has an episode with a 1 s TTL expired after a wait', async () => {
      const store = await fresh();
      const episode = record({ ttlSeconds: 1, lastActiveAt: Date.now() });
      await store.create(episode, []);
      await sleep(1100);
      expect(await store.expired(Date.now())).toEqual([episode.id]);
    });

    it('answers ping while it is open', async () => {
      const store = await fresh();
      expect(await store.ping()).toBe(true);
    });
  });
}

export function newId(): string {
  return `ep_${randomBytes(8).toString('hex')}`;
}

export function record(overrides: Partial<EpisodeRecord> = {}): EpisodeRecord {
  const states = deepFreeze({ Notes: { notes: {}, next_id: 1 }, Counter: { value: 0 } });
  return {
    id: newId(),
    servers: ['Notes', 'Counter'],
    seed: 7,
    step: 0,
    calls: 0,
    states,
    initialStates: states,
    version: 1,
    ttlSeconds: 900,
    createdAt: 1_700_000_000_000,
    lastActiveAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** The record one step later, with some servers' states replaced (as the engine does). */
export function advance(current: EpisodeRecord, changed: Record<string, unknown>): EpisodeRecord {
  return {
    ...current,
    states: { ...current.states, ...deepFreeze(changed) },
    step: current.step + 1,
    calls: current.calls + 1,
    version: current.version + 1,
    lastActiveAt: current.lastActiveAt + 1,
  };
}

export function entry(step: number, name: string): TrajectoryEntry {
  return { step, name, arguments: { by: 1 }, isError: false, content: { value: step } };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}
