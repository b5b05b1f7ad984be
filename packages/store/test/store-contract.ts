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

    it('appends to the trajectory', async () => {
      const store = await fresh();
      const episode = record();
      await store.create(episode, [entry(1, 'a')]);
      const next = advance(episode, {});
      expect(await store.commit(next, 1, [entry(2, 'b'), entry(2, 'c')])).toBe('ok');
      expect(await store.commit(advance(next, {}), 2, [])).toBe('ok');
      expect((await store.trajectory(episode.id))?.map((e) => e.name)).toEqual(['a', 'b', 'c']);
    });

    it('stores snapshots, and a commit can bring back their states and their trajectory', async () => {
      const store = await fresh();
      const episode = record();
      await store.create(episode, []);
      const stepped = advance(episode, { Counter: { value: 5 } });
      await store.commit(stepped, 1, [entry(1, 'Counter-increment')]);
      const snapshot = snapshotOf(stepped, 'snap_1');
      expect(await store.putSnapshot(snapshot, stepped.version)).toBe('ok');
      expect(await store.getSnapshot(episode.id, 'snap_1')).toEqual(snapshot);
      expect(await store.getSnapshot(episode.id, 'snap_unknown')).toBeUndefined();
      expect(await store.getSnapshot('ep_unknown', 'snap_1')).toBeUndefined();

      const later = advance(stepped, { Counter: { value: 9 }, Notes: { notes: {}, next_id: 7 } });
      await store.commit(later, 2, [entry(2, 'Counter-increment')]);
      const back = await store.getSnapshot(episode.id, 'snap_1');
      const restored = { ...later, states: back?.states ?? {}, step: snapshot.step, version: 4 };
      expect(await store.commit(restored, 3, [], 'snap_1')).toBe('ok');
      expect((await store.get(episode.id))?.states).toEqual(stepped.states);
      expect(await store.trajectory(episode.id)).toEqual([entry(1, 'Counter-increment')]);
      expect(await store.commit(advance(restored, {}), 4, [], 'snap_unknown')).toBe('missing');
      expect((await store.get(episode.id))?.version).toBe(4);
    });

    it('gives each snapshot back its own trajectory, whatever restores happened in between', async () => {
      const store = await fresh();
      let current = record();
      await store.create(current, []);
      const names = async () => (await store.trajectory(current.id))?.map((e) => e.name);
      const step = async (name: string) => {
        const next = advance(current, { Counter: { value: current.step + 1 } });
        expect(await store.commit(next, current.version, [entry(next.step, name)])).toBe('ok');
        current = next;
      };
      const snapshot = async (id: string) => {
        expect(await store.putSnapshot(snapshotOf(current, id), current.version)).toBe('ok');
      };
      const restore = async (id: string) => {
        const next = { ...current, version: current.version + 1 };
        expect(await store.commit(next, current.version, [], id)).toBe('ok');
        current = next;
      };
      await snapshot('empty');
      await step('a');
      await snapshot('early');
      await step('b');
      await step('c');
      await snapshot('late');
      await restore('early');
      expect(await names()).toEqual(['a']);
      await step('x');
      await snapshot('branch');
      await restore('late');
      expect(await names()).toEqual(['a', 'b', 'c']);
      await restore('branch');
      expect(await names()).toEqual(['a', 'x']);
      await restore('empty');
      expect(await names()).toEqual([]);
      await step('y');
      expect(await names()).toEqual(['y']);
      await restore('late');
      expect(await names()).toEqual(['a', 'b', 'c']);
      expect((await store.delete(current.id))?.trajectory.map((e) => e.name)).toEqual(['a', 'b', 'c']);
    });

    it('takes a snapshot only at the version it was read at', async () => {
      const store = await fresh();
      const episode = record();
      await store.create(episode, [entry(1, 'a')]);
      const next = advance(episode, { Counter: { value: 1 } });
      await store.commit(next, 1, [entry(2, 'b')]);
      expect(await store.putSnapshot(snapshotOf(episode, 'stale'), episode.version)).toBe('conflict');
      expect(await store.getSnapshot(episode.id, 'stale')).toBeUndefined();
      expect(await store.snapshotCount(episode.id)).toBe(0);
      expect(await store.putSnapshot(snapshotOf(next, 'gone', 'ep_gone'), 1)).toBe('missing');
      expect(await store.getSnapshot('ep_gone', 'gone')).toBeUndefined();
      expect(await store.size()).toBe(1);
    });

    it('forks copies with the trajectory as it stands, only at the version it was read at', async () => {
      const store = await fresh();
      const source = advance(record(), { Counter: { value: 3 } });
      await store.create(source, [entry(1, 'Counter-increment')]);
      const copies = [copyOf(source), copyOf(source)];
      expect(await store.fork(source, copies)).toBe('ok');
      for (const copy of copies) {
        expect(await store.get(copy.id)).toEqual(copy);
        expect(await store.trajectory(copy.id)).toEqual([entry(1, 'Counter-increment')]);
      }
      const next = advance(source, { Counter: { value: 4 } });
      await store.commit(next, source.version, [entry(2, 'Counter-increment')]);
      const late = copyOf(source);
      expect(await store.fork(source, [late])).toBe('conflict');
      expect(await store.get(late.id)).toBeUndefined();
      expect(await store.fork(record({ id: 'ep_gone' }), [copyOf(source)])).toBe('missing');
      expect(await store.size()).toBe(3);
    });

    it('deletes an episode with its snapshots and returns what it held', async () => {
      const store = await fresh();
      const episode = record();
      await store.create(episode, [entry(0, 'x')]);
      const next = advance(episode, { Counter: { value: 2 } });
      await store.commit(next, 1, [entry(1, 'y')]);
      expect(await store.putSnapshot(snapshotOf(next, 's1'), next.version)).toBe('ok');
      expect(await store.delete(episode.id)).toEqual({ record: next, trajectory: [entry(0, 'x'), entry(1, 'y')] });
      expect(await store.get(episode.id)).toBeUndefined();
      expect(await store.trajectory(episode.id)).toBeUndefined();
      expect(await store.getSnapshot(episode.id, 's1')).toBeUndefined();
      expect(await store.delete(episode.id)).toBeUndefined();
      expect(await store.commit(advance(next, {}), 2, [])).toBe('missing');
    });

    it('remembers what closing an episode answered, per episode, for a repeated close', async () => {
      const store = await fresh();
      const episode = record();
      expect(await store.closedAnswer(episode.id)).toBeUndefined();
      await store.rememberClose(episode.id, { state: { Counter: { value: 2 } }, steps: 3 });
      expect(await store.closedAnswer(episode.id)).toEqual({ state: { Counter: { value: 2 } }, steps: 3 });
      expect(await store.closedAnswer(record().id)).toBeUndefined();
    });

    it('keeps tasks by id, a task imported again replacing the old one', async () => {
      const store = await fresh();
      const task = (value: number) => ({
        id: 'task-1',
        servers: ['Counter'],
        initialConfig: { Counter: { value } },
        groundTruth: [{ name: 'Counter-increment', arguments: { by: 1 }, masked_arguments: ['by'] }],
        finalConfig: { Counter: { value: value + 1 } },
      });
      expect(await store.getTask('task-1')).toBeUndefined();
      await store.putTasks([task(1), { ...task(5), id: 'task-2' }]);
      expect(await store.getTask('task-1')).toEqual(task(1));
      expect(await store.getTask('task-2')).toEqual({ ...task(5), id: 'task-2' });
      await store.putTasks([task(3)]);
      expect(await store.getTask('task-1')).toEqual(task(3));
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
      const fork = copyOf(source);
      await store.fork(source, [fork]);
      await store.commit(advance(source, { Counter: { value: 4 } }), source.version, [entry(2, 'Counter-increment')]);
      await store.commit(advance(fork, { Notes: { notes: {}, next_id: 9 } }), fork.version, [entry(2, 'Notes-add_note')]);
      expect((await store.get(source.id))?.states).toEqual({ ...source.states, Counter: { value: 4 } });
      expect((await store.get(fork.id))?.states).toEqual({ ...source.states, Notes: { notes: {}, next_id: 9 } });
      expect((await store.get(fork.id))?.initialStates).toEqual(source.initialStates);
      expect((await store.trajectory(fork.id))?.map((e) => e.name)).toEqual(['Counter-increment', 'Notes-add_note']);
      expect((await store.trajectory(source.id))?.map((e) => e.name)).toEqual(['Counter-increment', 'Counter-increment']);
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

/** A snapshot of `current` as the engine takes one. */
export function snapshotOf(current: EpisodeRecord, id: string, episodeId = current.id): Snapshot {
  return {
    id,
    episodeId,
    step: current.step,
    calls: current.calls,
    states: current.states,
    trajectoryLength: current.calls,
    createdAt: 1_700_000_000_123,
  };
}

/** A fork of `source` as the engine makes one: a new id at version 1, the same states. */
export function copyOf(source: EpisodeRecord): EpisodeRecord {
  return { ...source, id: newId(), version: 1 };
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
