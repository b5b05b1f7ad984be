import { EpisodeEngine, type EpisodeStore } from '@envfleet/episodes';
import { afterEach, describe, expect, it } from 'vitest';
import { toyCatalog } from '@envfleet/testing';

/**
 * What the engine promises about history over any store: the state, the step and the trajectory of
 * an episode always tell the same story — after any sequence of snapshots and restores, and while
 * snapshots, restores and forks race with steps sent through two replicas. `open(n)` gives n stores
 * that share their episodes (one store object twice for memory, two connections for Redis); they
 * are closed after each test.
 */
export function describeHistoryContract(name: string, open: (replicas: number) => Promise<EpisodeStore[]>): void {
  describe(`history over the ${name} store`, () => {
    const opened: EpisodeStore[] = [];
    afterEach(async () => {
      await Promise.all([...new Set(opened.splice(0))].map((store) => store.close()));
    });
    async function replicas(count: number): Promise<EpisodeEngine[]> {
      const stores = await open(count);
      opened.push(...stores);
      return stores.map((store) => new EpisodeEngine({ environments: toyCatalog(), store }));
    }

    it('restores an earlier snapshot, then a later one: state, step, trajectory and trace score agree', async () => {
      const [engine] = (await replicas(1)) as [EpisodeEngine];
      const { episodeId } = await engine.reset({ servers: ['Notes'] });
      const add = (text: string) => engine.step(episodeId, { calls: [{ name: 'add_note', arguments: { text } }] });
      for (const text of ['a', 'b', 'c']) await add(text);
      const early = await engine.snapshot(episodeId);
      for (const text of ['d', 'e']) await add(text);
      const late = await engine.snapshot(episodeId);

      expect(await engine.restore(episodeId, { snapshotId: early.snapshotId })).toEqual({ step: 3 });
      expect(await texts(engine, episodeId)).toEqual({ step: 3, state: ['a', 'b', 'c'], trajectory: ['a', 'b', 'c'] });
      expect(await engine.restore(episodeId, { snapshotId: late.snapshotId })).toEqual({ step: 5 });
      expect(await texts(engine, episodeId)).toEqual({ step: 5, state: ['a', 'b', 'c', 'd', 'e'], trajectory: ['a', 'b', 'c', 'd', 'e'] });

      const { state } = await engine.state(episodeId);
      const evaluation = await engine.evaluate(episodeId, {
        groundTruth: ['a', 'b', 'c', 'd', 'e'].map((text) => ({ name: 'Notes-add_note', arguments: { text } })),
        finalConfig: state,
      });
      expect(evaluation).toMatchObject({ trace: 1, state: 1, reward: 1 });
    });

    it('resets from a task on one replica and scores against it on another', async () => {
      const [a, b] = (await replicas(2)) as [EpisodeEngine, EpisodeEngine];
      await a.importTasks({
        tasks: [
          {
            id: 'count-3',
            reward_model: { ground_truth: [{ name: 'Counter-increment', arguments: { by: 3 } }] },
            extra_info: {
              mcp_factory_kwargs: {
                mcp_servers: ['Counter'],
                initial_config: { Counter: { value: 1 } },
                final_config: { Counter: { value: 4 } },
              },
            },
          },
        ],
      });
      const { episodeId } = await b.reset({ taskId: 'count-3' });
      await a.step(episodeId, { calls: [{ name: 'increment', arguments: { by: 3 } }] });
      expect(await b.evaluate(episodeId, {})).toMatchObject({ reward: 1, trace: 1, state: 1 });
    });

    it('closes twice: the second close, from any replica, answers as the first did', async () => {
      const [a, b] = (await replicas(2)) as [EpisodeEngine, EpisodeEngine];
      const { episodeId } = await a.reset({ servers: ['Counter'] });
      await a.step(episodeId, { calls: [{ name: 'increment', arguments: { by: 4 } }] });
      const first = await a.close(episodeId);
      expect(first).toEqual({ state: { Counter: { value: 4 } }, steps: 1 });
      expect(await a.close(episodeId)).toEqual(first);
      expect(await b.close(episodeId)).toEqual(first);
      // Closed is closed: the episode itself is gone.
      await expect(b.state(episodeId)).rejects.toMatchObject({ status: 404 });
      await expect(a.step(episodeId, { calls: [{ name: 'increment' }] })).rejects.toMatchObject({ status: 404 });
      // Two closes at once from one replica: both answer the same.
      const { episodeId: other } = await a.reset({ servers: ['Counter'] });
      const [x, y] = await Promise.all([a.close(other), a.close(other)]);
      expect(y).toEqual(x);
      await expect(a.close('ep_never_created')).rejects.toMatchObject({ status: 404 });
    });

    it('keeps the history of every snapshot when a restore branches off and another comes back', async () => {
      const [engine] = (await replicas(1)) as [EpisodeEngine];
      const { episodeId } = await engine.reset({ servers: ['Notes'] });
      const add = (text: string) => engine.step(episodeId, { calls: [{ name: 'add_note', arguments: { text } }] });
      const root = await engine.snapshot(episodeId);
      await add('a');
      const trunk = await engine.snapshot(episodeId);
      await add('b');
      await add('c');
      const tip = await engine.snapshot(episodeId);
      await engine.restore(episodeId, { snapshotId: trunk.snapshotId });
      await add('x');
      const branch = await engine.snapshot(episodeId);
      await add('y');

      // A fork taken on the branch keeps the branch, whatever the source does next.
      const { episodeIds } = await engine.fork(episodeId, { count: 1 });
      const fork = episodeIds[0] as string;
      await engine.restore(episodeId, { snapshotId: tip.snapshotId });
      expect(await texts(engine, episodeId)).toEqual({ step: 3, state: ['a', 'b', 'c'], trajectory: ['a', 'b', 'c'] });
      expect(await texts(engine, fork)).toEqual({ step: 3, state: ['a', 'x', 'y'], trajectory: ['a', 'x', 'y'] });
      await engine.restore(episodeId, { snapshotId: branch.snapshotId });
      expect(await texts(engine, episodeId)).toEqual({ step: 2, state: ['a', 'x'], trajectory: ['a', 'x'] });
      await engine.restore(episodeId, { snapshotId: root.snapshotId });
      expect(await texts(engine, episodeId)).toEqual({ step: 0, state: [], trajectory: [] });
      await add('z');
      await engine.restore(episodeId, { snapshotId: tip.snapshotId });
      expect(await texts(engine, episodeId)).toEqual({ step: 3, state: ['a', 'b', 'c'], trajectory: ['a', 'b', 'c'] });
      const closed = await engine.close(episodeId);
      expect(closed.steps).toBe(3);
      await engine.close(fork);
    });

    it('takes every snapshot at one point of history while steps race through two replicas', async () => {
      const [a, b] = (await replicas(2)) as [EpisodeEngine, EpisodeEngine];
      const { episodeId } = await a.reset({ servers: ['Counter'] });
      const work: Promise<unknown>[] = [];
      const snapshots: Promise<{ snapshotId: string; step: number }>[] = [];
      for (let i = 0; i < 40; i++) {
        work.push((i % 2 ? a : b).step(episodeId, { calls: [{ name: 'increment', arguments: { by: i + 1 } }] }));
        const taken = (i % 2 ? b : a).snapshot(episodeId);
        snapshots.push(taken);
        work.push(taken);
      }
      await Promise.all(work);
      expect(replay(await history(a, episodeId))).toEqual({ consistent: true, step: 40 });
      for (const snapshot of await Promise.all(snapshots)) {
        expect(await a.restore(episodeId, { snapshotId: snapshot.snapshotId })).toEqual({ step: snapshot.step });
        expect(replay(await history(b, episodeId))).toEqual({ consistent: true, step: snapshot.step });
      }
    });

    it('forks every copy from one point of history while steps race through two replicas', async () => {
      const [a, b] = (await replicas(2)) as [EpisodeEngine, EpisodeEngine];
      const { episodeId } = await a.reset({ servers: ['Counter'] });
      const work: Promise<unknown>[] = [];
      const forks: Promise<{ episodeIds: string[] }>[] = [];
      for (let i = 0; i < 40; i++) {
        work.push((i % 2 ? a : b).step(episodeId, { calls: [{ name: 'increment', arguments: { by: i + 1 } }] }));
        const forked = (i % 2 ? b : a).fork(episodeId, { count: 2 });
        forks.push(forked);
        work.push(forked);
      }
      await Promise.all(work);
      for (const { episodeIds } of await Promise.all(forks)) {
        const copies = await Promise.all(episodeIds.map(async (id) => replay(await history(a, id))));
        expect(copies[0]?.consistent).toBe(true);
        expect(copies[1]).toEqual(copies[0]);
      }
    });

    it('scores the state and the trajectory of one point in history when a step lands between their reads', async () => {
      const [a, b] = (await replicas(2)) as [EpisodeEngine, EpisodeEngine];
      const { episodeId } = await a.reset({ servers: ['Counter'] });
      await a.step(episodeId, { calls: [{ name: 'increment' }] });
      // A replica whose first trajectory read comes only after another replica's step.
      let raced = false;
      const racing = new Proxy(a.store, {
        get(target, property) {
          if (property === 'trajectory') {
            return async (id: string) => {
              if (!raced) {
                raced = true;
                await b.step(id, { calls: [{ name: 'increment' }] });
              }
              return target.trajectory(id);
            };
          }
          const value = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const evaluator = new EpisodeEngine({ environments: toyCatalog(), store: racing });
      const evaluation = await evaluator.evaluate(episodeId, {
        groundTruth: [{ name: 'Counter-increment' }],
        finalConfig: { Counter: { value: 2 } },
      });
      expect(raced).toBe(true);
      // Two calls and the state they made: one call (no length penalty) or value 1 (no state credit) would be a mix.
      expect(evaluation).toMatchObject({ state: 1, lengthPenalty: 0.05 });
    });

    it('keeps state, step and trajectory together when restores race with steps', async () => {
      const [a, b] = (await replicas(2)) as [EpisodeEngine, EpisodeEngine];
      const { episodeId } = await a.reset({ servers: ['Counter'] });
      for (let i = 0; i < 3; i++) await a.step(episodeId, { calls: [{ name: 'increment', arguments: { by: 100 + i } }] });
      const { snapshotId } = await a.snapshot(episodeId);
      const work: Promise<unknown>[] = [];
      for (let i = 0; i < 30; i++) {
        work.push((i % 2 ? a : b).step(episodeId, { calls: [{ name: 'increment', arguments: { by: i + 1 } }] }));
        if (i % 3 === 0) work.push((i % 2 ? b : a).restore(episodeId, { snapshotId }));
      }
      await Promise.all(work);
      expect(replay(await history(b, episodeId)).consistent).toBe(true);
    });
  });
}

type Engine = EpisodeEngine;

/** Note texts in the state and in the trajectory, with the step. */
async function texts(engine: Engine, episodeId: string) {
  const { state, step } = await engine.state(episodeId);
  const { calls } = await engine.trajectory(episodeId);
  const notes = (state.Notes as { notes: Record<string, { text: string }> }).notes;
  return {
    step,
    state: Object.values(notes).map((note) => note.text),
    trajectory: calls.map((call) => (call.arguments as { text: string }).text),
  };
}

async function history(engine: Engine, episodeId: string) {
  const { state, step } = await engine.state(episodeId);
  const { calls } = await engine.trajectory(episodeId);
  return { value: (state.Counter as { value: number }).value, step, calls };
}

/**
 * Whether replaying the trajectory (one increment per step) gives the state and the step: each call
 * is the next step, each result the running sum, and the counter ends at that sum.
 */
function replay({ value, step, calls }: Awaited<ReturnType<typeof history>>): { consistent: boolean; step: number } {
  let sum = 0;
  let consistent = calls.length === step;
  for (const [index, call] of calls.entries()) {
    sum += (call.arguments as { by: number }).by;
    if (call.step !== index + 1 || (call.content as { value: number }).value !== sum) consistent = false;
  }
  return { consistent: consistent && sum === value, step };
}
