import { type EpisodeRecord, LocalRuntime, MemoryEpisodeStore, type TrajectoryEntry } from '@envfleet/episodes';
import { type CallOptions, type Draft, defineEnvironment, defineTool } from '@envfleet/kit';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildServer } from '../src/index.js';

const counter = defineEnvironment({
  name: 'Counter',
  domain: 'utilities',
  version: '0.0.1',
  description: 'A counter, and a tool whose runtime breaks.',
  scenario: z.object({ value: z.int().default(0) }),
  tools: [
    defineTool({
      name: 'increment',
      description: 'Add one.',
      input: z.object({}),
      handler: (state: Draft<{ value: number }>) => {
        state.value += 1;
        return { value: state.value };
      },
    }),
    defineTool({
      name: 'explode',
      description: 'Never reached: the runtime fails first.',
      input: z.object({}),
      handler: (_state: Draft<{ value: number }>) => ({}),
    }),
  ],
});

/**
 * The Counter served by a runtime that fails with a plain error (a bug, or a remote that broke
 * mid-call) on `explode` — an exception the engine does not turn into an answer.
 */
class BrokenRuntime extends LocalRuntime {
  override async call(state: unknown, tool: string, args: unknown, options: CallOptions) {
    return this.callNow(state, tool, args, options);
  }

  override callNow(state: unknown, tool: string, args: unknown, options: CallOptions) {
    if (tool === 'explode') throw new TypeError("Cannot read properties of undefined (reading 'value')");
    return super.callNow(state, tool, args, options);
  }
}

/** A memory store whose delete fails with a plain error: a store that broke. */
class BrokenCloseStore extends MemoryEpisodeStore {
  override async delete(_id: string): Promise<{ record: EpisodeRecord; trajectory: TrajectoryEntry[] } | undefined> {
    throw new Error('the store lost its connection');
  }
}

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function serve(store = new MemoryEpisodeStore()) {
  const app = await buildServer({ environments: [new BrokenRuntime(counter)], privateMcp: 'single', store, reaperIntervalMs: 0 });
  apps.push(app);
  const request = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await app.inject({ method, url, ...(payload !== undefined ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() };
  };
  return { request, store };
}

describe('POST /v1/batch', () => {
  it('answers every op when one fails unexpectedly, and reports what the others applied', async () => {
    const { request } = await serve();
    const existing = (await request('POST', '/v1/episodes', { servers: ['Counter'] })).body.episodeId as string;
    const { status, body } = await request('POST', '/v1/batch', {
      ops: [
        { op: 'reset', servers: ['Counter'] },
        { op: 'step', episodeId: existing, calls: [{ name: 'increment' }] },
        { op: 'step', episodeId: existing, calls: [{ name: 'explode' }] },
        { op: 'state', episodeId: existing },
        { op: 'state', episodeId: 'ep_missing' },
      ],
    });
    expect(status).toBe(200);
    expect(body.results.map((result: { status: number }) => result.status)).toEqual([201, 200, 500, 200, 404]);
    const [reset, step, exploded, state, missing] = body.results;
    expect(reset).toMatchObject({ op: 'reset', status: 201, episodeId: expect.stringMatching(/^ep_/) });
    expect(reset.body.episodeId).toBe(reset.episodeId);
    expect(step).toMatchObject({ op: 'step', status: 200, episodeId: existing, body: { step: 1 } });
    expect(exploded).toEqual({
      op: 'step',
      status: 500,
      episodeId: existing,
      body: { type: 'about:blank', status: 500, title: 'Internal Server Error', detail: expect.stringContaining('logged') },
    });
    // The failing op changed nothing; the ops around it were applied.
    expect(state.body).toEqual({ state: { Counter: { value: 1 } }, step: 1 });
    expect(missing.body).toMatchObject({ status: 404, title: 'Not Found', detail: expect.stringContaining('ep_missing') });
    expect((await request('GET', `/v1/episodes/${reset.episodeId}/state`)).status).toBe(200);
  });

  it('answers every op when the store fails under one of them', async () => {
    const { request } = await serve(new BrokenCloseStore());
    const { body } = await request('POST', '/v1/batch', {
      ops: [
        { op: 'reset', servers: ['Counter'] },
        { op: 'close', episodeId: 'ep_any' },
        { op: 'reset', servers: ['Counter'] },
      ],
    });
    expect(body.results.map((result: { status: number }) => result.status)).toEqual([201, 500, 201]);
    for (const result of [body.results[0], body.results[2]]) {
      expect((await request('GET', `/v1/episodes/${result.episodeId}/state`)).status).toBe(200);
    }
  });

  it('refuses a batch of more ops than it takes, applying none', async () => {
    const { request, store } = await serve();
    const ops = Array.from({ length: 4097 }, () => ({ op: 'reset', servers: ['Counter'] }));
    const { status, body } = await request('POST', '/v1/batch', { ops });
    expect(status).toBe(400);
    expect(body.detail).toMatch(/ops.*4096/);
    expect(await store.size()).toBe(0);
  });

  it('documents the bound and the shape of every result in the OpenAPI document', async () => {
    const { request } = await serve();
    const { body } = await request('GET', '/docs/openapi.json');
    const batch = body.paths['/v1/batch'].post;
    expect(batch.requestBody.content['application/json'].schema.properties.ops).toMatchObject({ minItems: 1, maxItems: 4096 });
    const result = batch.responses['200'].content['application/json'].schema.properties.results.items;
    expect(Object.keys(result.properties)).toEqual(['op', 'status', 'episodeId', 'body']);
    expect(result.properties.status.description).toMatch(/4xx: refused, nothing changed/);
  });

  it('refuses an op it does not know, or a missing episode id, as that op’s own problem or the whole batch’s', async () => {
    const { request, store } = await serve();
    const unknown = await request('POST', '/v1/batch', { ops: [{ op: 'reset', servers: ['Counter'] }, { op: 'fork' }] });
    expect(unknown.status).toBe(400);
    expect(await store.size()).toBe(0);
    const { body } = await request('POST', '/v1/batch', { ops: [{ op: 'step', calls: [{ name: 'increment' }] }] });
    expect(body.results[0]).toMatchObject({ op: 'step', status: 400, body: { detail: 'op "step" needs an episodeId' } });
  });
});
