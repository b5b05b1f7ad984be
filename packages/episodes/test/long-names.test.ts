import type { Environment } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { EnvironmentRegistry, EpisodeEngine, EpisodeError, MemoryEpisodeStore } from '../src/index.js';
import { counter, notes } from '@envfleet/testing';

// A rollout worker with a bug (or an attacker) can send a name that fills the request body. The
// answer must come at once, name the thing by its start and length, and leave everything as it was.

function engineWith() {
  const envs = new Map<string, Environment>([
    ['Notes', notes],
    ['Counter', counter],
  ]);
  return new EpisodeEngine({
    environments: new EnvironmentRegistry(envs.values()),
    store: new MemoryEpisodeStore(),
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

const clipped = (char: string, length: number) => `"${char.repeat(80)}…(${length} chars)"`;

describe('names far longer than anything known', () => {
  it('answers a step naming a 10 MB tool with a short error, and leaves the state alone', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Notes', 'Counter'] });
    const before = await engine.state(episodeId);
    const { results } = await engine.step(episodeId, { calls: [{ name: 'x'.repeat(10_000_000), arguments: {} }] });
    expect(results[0]?.isError).toBe(true);
    const message = (results[0]?.content as { message: string }).message;
    expect(message).toBe(`Unknown tool ${clipped('x', 10_000_000)}. This episode's tools are named Server-tool (Notes, Counter).`);
    expect((await engine.state(episodeId)).state).toEqual(before.state);
  });

  it('still suggests the tool an ordinary typo meant', async () => {
    const engine = engineWith();
    const { episodeId } = await engine.reset({ servers: ['Notes'] });
    const { results } = await engine.step(episodeId, { calls: [{ name: 'Notes-list_note', arguments: {} }] });
    expect((results[0]?.content as { message: string }).message).toContain('did you mean "Notes-list_notes"?');
  });

  it('refuses a reset naming a 10 MB server, a 1 MB preset or scenario key, and creates nothing', async () => {
    const engine = engineWith();
    const server = await rejection(engine.reset({ servers: ['S'.repeat(10_000_000)] }));
    expect(server.status).toBe(404);
    expect(server.message).toBe(`Unknown server ${clipped('S', 10_000_000)}. Servers here: Notes, Counter`);
    const preset = await rejection(engine.reset({ servers: ['Notes'], presets: { Notes: 'p'.repeat(1_000_000) } }));
    expect(preset.status).toBe(400);
    expect(preset.message).toContain(`unknown preset ${clipped('p', 1_000_000)} (known: demo)`);
    const presetKey = await rejection(engine.reset({ servers: ['Notes'], presets: { ['k'.repeat(1_000_000)]: 'demo' } }));
    expect(presetKey.message).toBe(`presets names ${clipped('k', 1_000_000)}, which is not among servers (Notes)`);
    const scenarioKey = await rejection(engine.reset({ servers: ['Notes'], scenario: { ['k'.repeat(1_000_000)]: {} } }));
    expect(scenarioKey.message).toBe(`scenario names ${clipped('k', 1_000_000)}, which is not among servers (Notes)`);
    expect(await engine.store.size()).toBe(0);
  });

  it('suggests the server an ordinary typo meant', async () => {
    const engine = engineWith();
    expect((await rejection(engine.reset({ servers: ['Notez'] }))).message).toBe(
      'Unknown server "Notez" — did you mean "Notes"? Servers here: Notes, Counter',
    );
  });
});
