import type { Environment } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { type EngineOptions, EnvironmentRegistry, EpisodeEngine, EpisodeError, LimitError, MemoryEpisodeStore } from '../src/index.js';
import { counter, notes } from '@envfleet/testing';

function engineWith(options: Partial<EngineOptions> = {}) {
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

async function refusal(promise: Promise<unknown>): Promise<LimitError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LimitError);
  return error as LimitError;
}

const DEMO_NOTES_BYTES = JSON.stringify({ notes: { n1: { id: 'n1', text: 'hello' } }, next_id: 2, blob: '' }).length;

describe('live episodes (ENVFLEET_MAX_EPISODES)', () => {
  it('refuses a reset or a fork past the limit with 507 naming the setting, and creates nothing', async () => {
    const engine = engineWith({ limits: { maxEpisodes: 2 } });
    const { episodeId } = await engine.reset({ servers: ['Notes'] });
    const forkPast = await refusal(engine.fork(episodeId, { count: 2 }));
    expect(forkPast).toMatchObject({ status: 507, setting: 'ENVFLEET_MAX_EPISODES', limit: 2 });
    await engine.reset({ servers: ['Counter'] });
    const resetPast = await refusal(engine.reset({ servers: ['Notes'] }));
    expect(resetPast.status).toBe(507);
    expect(resetPast.message).toMatch(/holds 2 live episodes.*ENVFLEET_MAX_EPISODES/);
    expect(await engine.store.size()).toBe(2);

    await engine.close(episodeId);
    await engine.reset({ servers: ['Notes'] });
    expect(await engine.store.size()).toBe(2);
  });

  it('counts resets still loading, so concurrent resets cannot overshoot', async () => {
    const engine = engineWith({ limits: { maxEpisodes: 3 } });
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => engine.reset({ servers: ['Notes', 'Counter'] })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
    expect(await engine.store.size()).toBe(3);
  });

  it('reaps episodes past their TTL to make room instead of refusing', async () => {
    let now = 1_700_000_000_000;
    const engine = engineWith({ limits: { maxEpisodes: 1 }, now: () => now });
    await engine.reset({ servers: ['Notes'], ttlSeconds: 10 });
    now += 10_000;
    await engine.reset({ servers: ['Notes'] });
    expect(await engine.store.size()).toBe(1);
  });
});

describe('snapshots per episode (ENVFLEET_MAX_SNAPSHOTS)', () => {
  it('refuses a snapshot past the limit with 429 naming the setting; restores still work and a fork starts afresh', async () => {
    const engine = engineWith({ limits: { maxSnapshotsPerEpisode: 2 } });
    const { episodeId } = await engine.reset({ servers: ['Counter'] });
    const first = await engine.snapshot(episodeId);
    await engine.step(episodeId, { calls: [{ name: 'increment' }] });
    await engine.snapshot(episodeId);
    const past = await refusal(engine.snapshot(episodeId));
    expect(past).toMatchObject({ status: 429, setting: 'ENVFLEET_MAX_SNAPSHOTS', limit: 2 });
    expect(past.message).toContain(episodeId);
    expect(await engine.store.snapshotCount(episodeId)).toBe(2);
    expect(await engine.restore(episodeId, { snapshotId: first.snapshotId })).toEqual({ step: 0 });

    const [copy] = (await engine.fork(episodeId)).episodeIds;
    await engine.snapshot(copy as string);
  });
});

describe('state bytes per episode (ENVFLEET_MAX_STATE_BYTES)', () => {
  it('refuses a reset whose states are larger with 413 naming the setting, and creates nothing', async () => {
    const engine = engineWith({ limits: { maxStateBytes: 1024 } });
    const past = await refusal(engine.reset({ servers: ['Notes'], scenario: { Notes: { blob: 'x'.repeat(2000) } } }));
    expect(past).toMatchObject({ status: 413, setting: 'ENVFLEET_MAX_STATE_BYTES', limit: 1024 });
    expect(past.message).toMatch(/\d+ bytes as JSON, over the limit of 1024 bytes/);
    expect(await engine.store.size()).toBe(0);
    await engine.reset({ servers: ['Notes'], scenario: { Notes: { blob: 'x'.repeat(900) } } });
  });

  it('fails a call that would grow the state past the limit, leaving the state as it was; the step goes on', async () => {
    const engine = engineWith({ limits: { maxStateBytes: DEMO_NOTES_BYTES + 200 } });
    const { episodeId } = await engine.reset({ servers: ['Notes'], presets: { Notes: 'demo' } });
    const { results } = await engine.step(episodeId, {
      calls: [
        { name: 'add_note', arguments: { text: 'short' } },
        { name: 'add_note', arguments: { text: 'y'.repeat(300) } },
        { name: 'add_note', arguments: { text: 'also short' } },
      ],
    });
    expect(results.map((r) => r.isError)).toEqual([false, true, false]);
    expect(results[1]?.content).toEqual({ message: expect.stringMatching(/not applied.*ENVFLEET_MAX_STATE_BYTES.*Nothing was changed/) });
    const { state } = await engine.state(episodeId);
    expect(Object.values((state.Notes as { notes: Record<string, { text: string }> }).notes).map((n) => n.text)).toEqual([
      'hello',
      'short',
      'also short',
    ]);
    const { calls } = await engine.trajectory(episodeId);
    expect(calls.map((c) => c.isError)).toEqual([false, true, false]);
  });

  it('keeps each episode’s size equal to its states’ JSON through steps, restores and forks', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Notes', 'Counter'], presets: { Notes: 'demo' } });
    const sizeMatches = async (id: string) => {
      const record = await engine.store.get(id);
      const { state } = await engine.state(id);
      expect(record?.stateBytes).toBe(JSON.stringify(state.Notes).length + JSON.stringify(state.Counter).length);
    };
    await sizeMatches(episodeId);
    const { snapshotId } = await engine.snapshot(episodeId);
    await engine.step(episodeId, {
      calls: [
        { name: 'Notes-add_note', arguments: { text: 'one' } },
        { name: 'Counter-increment', arguments: { by: 12345 } },
      ],
    });
    await sizeMatches(episodeId);
    const [copy] = (await engine.fork(episodeId)).episodeIds;
    await sizeMatches(copy as string);
    await engine.restore(episodeId, { snapshotId });
    await sizeMatches(episodeId);
  });
});

describe('state bytes of all live episodes (ENVFLEET_MAX_TOTAL_STATE_BYTES)', () => {
  it('refuses resets, forks and growing calls past the budget with 507, and frees room when episodes close', async () => {
    const blob = (n: number) => ({ Notes: { blob: 'z'.repeat(n) } });
    const engine = engineWith({ limits: { maxTotalStateBytes: 3000 } });
    const { episodeId: first } = await engine.reset({ servers: ['Notes'], scenario: blob(1000) });
    const { episodeId: second } = await engine.reset({ servers: ['Notes'], scenario: blob(1000) });
    const past = await refusal(engine.reset({ servers: ['Notes'], scenario: blob(1000) }));
    expect(past).toMatchObject({ status: 507, setting: 'ENVFLEET_MAX_TOTAL_STATE_BYTES', limit: 3000 });
    expect((await refusal(engine.fork(first))).setting).toBe('ENVFLEET_MAX_TOTAL_STATE_BYTES');
    expect(await engine.store.size()).toBe(2);

    const { results } = await engine.step(second, { calls: [{ name: 'add_note', arguments: { text: 'w'.repeat(1000) } }] });
    expect(results[0]).toMatchObject({ isError: true, content: { message: expect.stringContaining('ENVFLEET_MAX_TOTAL_STATE_BYTES') } });

    await engine.close(first);
    await engine.reset({ servers: ['Notes'], scenario: blob(1000) });
  });

  it('counts resets still loading, so concurrent large resets cannot all pass it', async () => {
    const engine = engineWith({ limits: { maxTotalStateBytes: 3000 } });
    const resets = Array.from({ length: 6 }, () => engine.reset({ servers: ['Notes'], scenario: { Notes: { blob: 'c'.repeat(1000) } } }));
    const outcomes = await Promise.allSettled(resets);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
    expect(engine.store.heldStateBytes?.()).toBeLessThanOrEqual(3000);
  });
});

describe('TTL (ENVFLEET_MAX_TTL_SECONDS)', () => {
  it('refuses a longer ttlSeconds than allowed with 400 naming the setting', async () => {
    const engine = engineWith({ limits: { maxTtlSeconds: 3600 } });
    const past = await refusal(engine.reset({ servers: ['Notes'], ttlSeconds: 3601 }));
    expect(past).toMatchObject({ status: 400, setting: 'ENVFLEET_MAX_TTL_SECONDS', limit: 3600 });
    expect(past.message).toMatch(/ttlSeconds 3601 .*ask for 3600 or less/);
    expect(await engine.store.size()).toBe(0);
    await engine.reset({ servers: ['Notes'], ttlSeconds: 3600 });
  });

  it('allows a day by default, or the server’s own TTL when that is longer', async () => {
    expect((await refusal(engineWith().reset({ servers: ['Notes'], ttlSeconds: 2 * 86_400 }))).limit).toBe(86_400);
    await engineWith().reset({ servers: ['Notes'], ttlSeconds: 86_400 });
    await engineWith({ defaultTtlSeconds: 3 * 86_400 }).reset({ servers: ['Notes'], ttlSeconds: 3 * 86_400 });
  });
});

describe('steps per episode (ENVFLEET_MAX_STEPS)', () => {
  it('names its setting when it refuses', async () => {
    const engine = engineWith({ maxStepsPerEpisode: 1 });
    const { episodeId } = await engine.reset({ servers: ['Counter'] });
    await engine.step(episodeId, { calls: [{ name: 'increment' }] });
    const past = await refusal(engine.step(episodeId, { calls: [{ name: 'increment' }] }));
    expect(past).toMatchObject({ status: 429, setting: 'ENVFLEET_MAX_STEPS', limit: 1 });
    expect(past).toBeInstanceOf(EpisodeError);
  });
});

describe('arguments of one call (ENVFLEET_MAX_ARGUMENT_BYTES)', () => {
  const limit = 2048;
  // {"text":"…"}: 11 bytes around the text.
  const textOf = (bytes: number) => 'x'.repeat(bytes - 11);

  it('runs a call whose arguments are exactly the limit, refuses one byte more with 413, and runs nothing of the step', async () => {
    const engine = engineWith({ limits: { maxArgumentBytes: limit } });
    const { episodeId } = await engine.reset({ servers: ['Notes'], preset: 'demo' });
    const atLimit = await engine.step(episodeId, { calls: [{ name: 'add_note', arguments: { text: textOf(limit) } }] });
    expect(atLimit.results[0]?.isError).toBe(false);
    const before = await engine.state(episodeId);

    const over = await refusal(
      engine.step(episodeId, {
        calls: [
          { name: 'add_note', arguments: { text: 'first' } },
          { name: 'add_note', arguments: { text: textOf(limit + 1) } },
        ],
      }),
    );
    expect(over).toMatchObject({ status: 413, setting: 'ENVFLEET_MAX_ARGUMENT_BYTES', limit });
    expect(over.message).toMatch(/^The arguments of call 2 \("add_note"\) are larger than 2048 bytes/);
    expect(await engine.state(episodeId)).toEqual(before);
    expect((await engine.trajectory(episodeId)).calls).toHaveLength(1);
  });

  it('refuses arguments of the body limit by measuring only up to its own limit', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Notes'] });
    const wide = Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`k${i}`, i]));
    const refused = await refusal(
      engine.step(episodeId, { calls: [{ name: 'add_note', arguments: { text: 'x'.repeat(16 * 1024 * 1024), wide } }] }),
    );
    expect(refused).toMatchObject({ status: 413, limit: 1024 * 1024 });
    expect((await refusal(engine.step(episodeId, { calls: [{ name: 'add_note', arguments: wide }] }))).status).toBe(413);
    expect(await engine.state(episodeId)).toMatchObject({ step: 0, state: { Notes: { notes: {} } } });
  });
});
