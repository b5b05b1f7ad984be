/**
 * The server answers what @envfleet/contract says it answers, on the routes the contract lists, and
 * the OpenAPI document it publishes is that same table. An answer is checked by parsing it with the
 * route's response schema and comparing: zod drops keys a schema does not name, so a field the
 * server sends but the contract lacks fails as surely as one the contract names but is missing.
 */
import { API_PREFIX, MAX_BATCH_OPS, problem, type RouteName, responses, routes } from '@envfleet/contract';
import { defineEnvironment, defineTool, type Draft } from '@envfleet/kit';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildServer } from '../src/index.js';

const notes = defineEnvironment({
  name: 'Notes',
  domain: 'utilities',
  version: '0.0.1',
  description: 'Notes by id.',
  scenario: z.object({ notes: z.record(z.string(), z.string()).default({}) }),
  presets: { demo: { notes: { a: 'first' } } },
  tools: [
    defineTool({
      name: 'write',
      description: 'Write a note.',
      input: z.object({ id: z.string(), text: z.string() }),
      annotations: { idempotentHint: true },
      handler: (state: Draft<{ notes: Record<string, string> }>, args) => {
        state.notes[args.id] = args.text;
        return { written: args.id };
      },
    }),
  ],
});

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildServer({ environments: [notes], privateMcp: 'single', reaperIntervalMs: 0 });
});
afterAll(() => app.close());

async function call(name: RouteName, params: Record<string, string> = {}, body?: unknown) {
  const route = routes[name];
  const url = API_PREFIX + route.path.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
  const response = await app.inject({ method: route.method, url, ...(body !== undefined ? { payload: body as object } : {}) });
  return { status: response.statusCode, type: response.headers['content-type'], body: response.json() };
}

/** The answer as the schema reads it, which equals the answer only when neither has a field the other lacks. */
function expectShape(schema: z.ZodType, body: unknown) {
  expect(schema.parse(body)).toEqual(body);
}

describe('the v1 contract', () => {
  it('is the route table the server serves', () => {
    for (const route of Object.values(routes)) {
      const url = API_PREFIX + route.path.replace(/\{(\w+)\}/g, ':$1');
      expect(app.hasRoute({ method: route.method, url }), `${route.method} ${url}`).toBe(true);
    }
  });

  it('describes every answer of an episode, field for field, with the status the table gives', async () => {
    const checked = async (name: RouteName, params: Record<string, string> = {}, body?: unknown) => {
      const answer = await call(name, params, body);
      expect(answer.status, name).toBe('status' in routes[name] ? (routes[name] as { status: number }).status : 200);
      expectShape(routes[name].response, answer.body);
      return answer.body;
    };
    await checked('listEnvironments');
    await checked('describeEnvironment', { name: 'Notes' });
    const { episodeId } = await checked('reset', {}, { servers: ['Notes'], presets: { Notes: 'demo' } });
    const episode = { episodeId };
    await checked('step', episode, { calls: [{ name: 'Notes-write', arguments: { id: 'b', text: 'second' } }, { name: 'Notes-nope' }] });
    await checked('state', episode);
    await checked('trajectory', episode);
    const { snapshotId } = await checked('snapshot', episode);
    await checked('restore', episode, { snapshotId });
    const { episodeIds } = await checked('fork', episode, { count: 2 });
    await checked('evaluate', episode, {
      groundTruth: [{ name: 'Notes-write', arguments: { id: 'b', text: 'second' } }],
      finalConfig: { Notes: { notes: { a: 'first' } } },
    });
    const batch = await checked(
      'batch',
      {},
      {
        ops: [
          { op: 'state', episodeId: episodeIds[0] },
          { op: 'close', episodeId: 'ep_missing' },
        ],
      },
    );
    expectShape(responses.state, batch.results[0].body);
    expectShape(problem, batch.results[1].body);
    await checked('close', episode);
  });

  it('describes every refusal as a problem', async () => {
    const missing = await call('state', { episodeId: 'ep_missing' });
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/problem+json');
    expectShape(problem, missing.body);
    const invalid = await call('reset', {}, { servers: [] });
    expect(invalid.status).toBe(400);
    expectShape(problem, invalid.body);
  });
});

describe('the OpenAPI document', () => {
  it('lists exactly the routes of the table as the v1 API, with the batch bounds', async () => {
    const document = (await app.inject({ url: '/docs/openapi.json' })).json();
    const listed = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    // The v1 API is the table; MCP endpoints share its prefix but are not part of it.
    expect(listed.filter((entry) => entry.includes(`${API_PREFIX}/`) && !entry.endsWith('/mcp')).sort()).toEqual(
      Object.values(routes)
        .map((route) => `${route.method} ${API_PREFIX}${route.path}`)
        .sort(),
    );
    const ops = document.paths['/v1/batch'].post.requestBody.content['application/json'].schema.properties.ops;
    expect(ops).toMatchObject({ type: 'array', minItems: 1, maxItems: MAX_BATCH_OPS });
  });
});
