import type { Environment } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { EnvironmentRegistry, EpisodeEngine, EpisodeError, MemoryEpisodeStore } from '../src/index.js';
import { counter, notes } from '@envfleet/testing';

function engineWith(options: { now?: () => number; maxStepsPerEpisode?: number } = {}) {
  const envs = new Map<string, Environment>([
    ['Notes', notes],
    ['Counter', counter],
  ]);
  return new EpisodeEngine({
    environments: new EnvironmentRegistry(envs.values()),
    store: new MemoryEpisodeStore(),
    ...options,
  });
}

async function rejection(promise: Promise<unknown>): Promise<EpisodeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EpisodeError);
  return error as EpisodeError;
}

describe('EpisodeEngine', () => {
  it('serves each server with the runtime its registry holds, wrapped once when registered', async () => {
    const registry = new EnvironmentRegistry([notes, counter]);
    const engine = new EpisodeEngine({ environments: registry, store: new MemoryEpisodeStore() });
    expect(engine.runtime('Counter')).toBe(registry.get('Counter'));
    expect(engine.runtime('Notes')).toBe(engine.runtime('Notes'));
    expect(() => registry.add(counter)).toThrow('Two servers are named "Counter"');
    await expect(engine.reset({ servers: ['Countr'] })).rejects.toThrow('did you mean "Counter"');
  });

  it('resets several servers with scenarios and presets, and names tools Server-tool', async () => {
    const engine = engineWith();
    const { episodeId, tools } = await engine.reset({
      servers: ['Notes', 'Counter'],
      presets: { Notes: 'demo' },
      scenario: { Counter: { value: 3 } },
    });
    expect(tools.map((t) => t.name)).toEqual(['Notes-add_note', 'Notes-list_notes', 'Counter-increment']);
    const { state } = await engine.state(episodeId);
    expect(state).toEqual({ Notes: { notes: { n1: { id: 'n1', text: 'hello' } }, next_id: 2, blob: '' }, Counter: { value: 3 } });
  });

  it('refuses bad resets with the right status and creates nothing', async () => {
    const engine = engineWith();
    expect((await rejection(engine.reset({ servers: ['Nope'] }))).status).toBe(404);
    expect((await rejection(engine.reset({ servers: [] }))).status).toBe(400);
    const invalid = await rejection(engine.reset({ servers: ['Notes'], scenario: { Notes: { next_id: 0 } } }));
    expect(invalid.status).toBe(400);
    expect(invalid.issues.join()).toMatch(/scenario\.Notes\.next_id/);
    expect((await rejection(engine.reset({ servers: ['Notes'], scenario: { Counter: {} } }))).message).toMatch(/not among servers/);
    const preset = await rejection(engine.reset({ servers: ['Notes'], presets: { Notes: 'nope' } }));
    // Named under the field it was sent in, not under scenario.
    expect(preset.message).toBe('Unknown preset — presets.Notes: unknown preset "nope" (known: demo)');
    const server = await rejection(engine.reset({ servers: ['Xyzzy123'] }));
    expect(server.message).toBe('Unknown server "Xyzzy123". Servers here: Notes, Counter');
    expect(await engine.store.size()).toBe(0);
  });

  it('runs a turn of calls in order, records them, and reports errors inside the result', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Notes', 'Counter'] });
    const { step, results } = await engine.step(episodeId, {
      calls: [
        { name: 'Notes-add_note', arguments: { text: 'a' } },
        { name: 'Notes-add_note', arguments: { text: '' } },
        { name: 'Counter-increment', arguments: { by: '2' } },
        { name: 'Notes-add_nte', arguments: {} },
      ],
    });
    expect(step).toBe(1);
    expect(results.map((r) => r.isError)).toEqual([false, true, false, true]);
    expect(results[3]?.content).toEqual({ message: expect.stringContaining('did you mean "Notes-add_note"?') });
    const { calls } = await engine.trajectory(episodeId);
    expect(calls.map((c) => [c.step, c.name, c.isError])).toEqual([
      [1, 'Notes-add_note', false],
      [1, 'Notes-add_note', true],
      [1, 'Counter-increment', false],
      [1, 'Notes-add_nte', true],
    ]);
    expect((await engine.state(episodeId)).state).toMatchObject({ Notes: { next_id: 2 }, Counter: { value: 2 } });
  });

  it('accepts bare tool names when the episode has one server', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Notes'] });
    const { results } = await engine.step(episodeId, { calls: [{ name: 'add_note', arguments: { text: 'x' } }] });
    expect(results[0]).toMatchObject({ name: 'Notes-add_note', isError: false });
  });

  it('restores a snapshot: state, step and trajectory go back', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Notes'] });
    await engine.step(episodeId, { calls: [{ name: 'add_note', arguments: { text: 'kept' } }] });
    const { snapshotId, step } = await engine.snapshot(episodeId);
    expect(step).toBe(1);
    await engine.step(episodeId, { calls: [{ name: 'add_note', arguments: { text: 'dropped' } }] });
    expect(await engine.restore(episodeId, { snapshotId })).toEqual({ step: 1 });
    const { state } = await engine.state(episodeId);
    expect(Object.values((state.Notes as { notes: Record<string, { text: string }> }).notes).map((n) => n.text)).toEqual(['kept']);
    expect((await engine.trajectory(episodeId)).calls).toHaveLength(1);
    // The same call after a restore gets the same id: call indexes went back too.
    const again = await engine.step(episodeId, { calls: [{ name: 'add_note', arguments: { text: 'dropped' } }] });
    expect(again.results[0]?.content).toMatchObject({ id: 'n2' });
    expect((await rejection(engine.restore(episodeId, { snapshotId: 'snap_nope' }))).status).toBe(404);
  });

  it('forks independent copies that share history but not future steps', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Counter'] });
    await engine.step(episodeId, { calls: [{ name: 'increment', arguments: {} }] });
    const { episodeIds } = await engine.fork(episodeId, { count: 3 });
    expect(new Set(episodeIds).size).toBe(3);
    await engine.step(episodeIds[0] as string, { calls: [{ name: 'increment', arguments: { by: 10 } }] });
    const values = await Promise.all(
      [episodeId, ...episodeIds].map(async (id) => ((await engine.state(id)).state.Counter as { value: number }).value),
    );
    expect(values).toEqual([1, 11, 1, 1]);
    expect((await engine.trajectory(episodeIds[1] as string)).calls).toHaveLength(1);
  });

  it('forks and snapshots share the state instead of copying it', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Notes'], scenario: { Notes: { blob: 'x'.repeat(1_000_000) } } });
    const { episodeIds } = await engine.fork(episodeId, { count: 2 });
    const [a, b] = await Promise.all(episodeIds.map((id) => engine.store.get(id)));
    expect(a?.states.Notes).toBe(b?.states.Notes);
  });

  it('evaluates a perfect, a half-right and a wrong rollout', async () => {
    const engine = engineWith();
    const groundTruth = [{ name: 'Notes-add_note', arguments: { text: 'buy milk', weight: 1 } }];
    const finalConfig = { Notes: { notes: { n1: { id: 'n1', text: 'buy milk' } }, next_id: 2, blob: '' } };

    const perfect = (await engine.reset({ servers: ['Notes'] })).episodeId;
    await engine.step(perfect, { calls: [{ name: 'add_note', arguments: { text: 'buy milk', weight: 1.0000001 } }] });
    expect(await engine.evaluate(perfect, { groundTruth, finalConfig })).toEqual({
      reward: 1,
      trace: 1,
      state: 1,
      lengthPenalty: 0,
      formatPenalty: 0,
      tau: 0.5,
      diff: { Notes: [] },
    });

    const half = (await engine.reset({ servers: ['Notes'] })).episodeId;
    await engine.step(half, { calls: [{ name: 'add_note', arguments: { text: 'Buy milk', weight: 1 } }] });
    const halfScore = await engine.evaluate(half, { groundTruth, finalConfig, maskedArguments: { 'Notes-add_note': ['text'] } });
    expect(halfScore).toMatchObject({ reward: 0.5, trace: 1, state: 0 });
    expect(halfScore.diff.Notes).toEqual([{ op: 'replace', path: '/notes/n1/text', value: 'buy milk' }]);

    const wrong = (await engine.reset({ servers: ['Notes'] })).episodeId;
    await engine.step(wrong, {
      calls: [
        { name: 'list_notes', arguments: {} },
        { name: 'list_notes', arguments: {} },
        { name: 'list_notes', arguments: {} },
      ],
    });
    expect(await engine.evaluate(wrong, { groundTruth, finalConfig, formatErrors: 1 })).toMatchObject({
      reward: 0,
      trace: 0,
      state: 0,
      lengthPenalty: 0.1,
      formatPenalty: 0.05,
    });
    expect((await rejection(engine.evaluate(wrong, { groundTruth, finalConfig: { Counter: {} } }))).status).toBe(400);

    // Without a final state there is no silent full credit: the request is refused, naming the field.
    const missing = await rejection(engine.evaluate(perfect, { groundTruth }));
    expect(missing.status).toBe(400);
    expect(missing.message).toContain('finalConfig is required');
    expect((await rejection(engine.evaluate(perfect, { finalConfig }))).message).toContain('groundTruth is required');
    expect(await engine.evaluate(perfect, { groundTruth, finalConfig: {} })).toMatchObject({ trace: 1, state: 0, reward: 0.5 });
  });

  it('closes an episode, returning its final state, and forgets it', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Counter'] });
    await engine.step(episodeId, { calls: [{ name: 'increment', arguments: {} }] });
    expect(await engine.close(episodeId)).toEqual({ state: { Counter: { value: 1 } }, steps: 1 });
    expect((await rejection(engine.state(episodeId))).status).toBe(404);
    expect((await rejection(engine.step(episodeId, { calls: [{ name: 'increment' }] }))).status).toBe(404);
  });

  it('reaps episodes idle past their TTL', async () => {
    let now = 1_000_000;
    const engine = engineWith({ now: () => now });
    const idle = (await engine.reset({ servers: ['Counter'], ttlSeconds: 60 })).episodeId;
    const busy = (await engine.reset({ servers: ['Counter'], ttlSeconds: 60 })).episodeId;
    now += 50_000;
    await engine.step(busy, { calls: [{ name: 'increment' }] });
    now += 20_000;
    expect(await engine.reapExpired()).toEqual([idle]);
    expect((await rejection(engine.state(idle))).status).toBe(404);
    expect((await engine.state(busy)).step).toBe(1);
  });

  it('enforces a step limit only when one is configured', async () => {
    const engine = engineWith({ maxStepsPerEpisode: 1 });
    const { episodeId } = await engine.reset({ servers: ['Counter'] });
    await engine.step(episodeId, { calls: [{ name: 'increment' }] });
    expect((await rejection(engine.step(episodeId, { calls: [{ name: 'increment' }] }))).status).toBe(429);
  });

  it('keeps every concurrent step on one episode', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Counter'] });
    await Promise.all(Array.from({ length: 40 }, () => engine.step(episodeId, { calls: [{ name: 'increment' }] })));
    expect(await engine.state(episodeId)).toEqual({ state: { Counter: { value: 40 } }, step: 40 });
  });

  it('refuses malformed step bodies without touching the episode', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Counter'] });
    for (const body of [{}, { calls: [] }, { calls: [{ arguments: {} }] }, { calls: 'increment' }]) {
      expect((await rejection(engine.step(episodeId, body))).status).toBe(400);
    }
    expect((await engine.state(episodeId)).step).toBe(0);
  });
});

describe('idle expiry without the reaper', () => {
  it('treats an episode past its TTL as gone on the next access', async () => {
    let now = 5_000_000;
    const engine = engineWith({ now: () => now });
    const { episodeId } = await engine.reset({ servers: ['Counter'], ttlSeconds: 10 });
    now += 10_000;
    expect((await rejection(engine.step(episodeId, { calls: [{ name: 'increment' }] }))).status).toBe(404);
    expect(await engine.store.size()).toBe(0);
  });
});
