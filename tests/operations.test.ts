/** What operators rely on: bearer auth, the OpenAPI document, the idle reaper, the step limit. */
import { calendar } from '../environments/office/calendar/src/index.js';
import { buildServer } from '@envfleet/server';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { http } from './support/http.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function serve(options: Partial<Parameters<typeof buildServer>[0]> = {}) {
  app = await buildServer({ environments: [calendar], privateMcp: 'single', ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}

describe('bearer token', () => {
  it('guards every route but health when ENVFLEET_TOKEN is set', async () => {
    const base = await serve({ token: 's3cret' });
    const anonymous = http(base);
    const denied = await anonymous('POST', '/v1/episodes', { servers: ['Calendar'] });
    expect(denied.status).toBe(401);
    expect(denied.body.detail).toContain('Authorization: Bearer');
    expect((await anonymous('GET', '/v1/environments')).status).toBe(401);
    expect((await anonymous('POST', '/mcp', {})).status).toBe(401);
    expect((await anonymous('GET', '/healthz')).status).toBe(200);
    expect((await anonymous('GET', '/readyz')).status).toBe(200);
    expect((await http(base, { authorization: 'Bearer wrong' })('GET', '/v1/environments')).status).toBe(401);
    expect((await http(base, { authorization: 'Bearer s3cret' })('POST', '/v1/episodes', { servers: ['Calendar'] })).status).toBe(201);
  });

  it('is off by default', async () => {
    const base = await serve();
    expect((await http(base)('GET', '/v1/environments')).status).toBe(200);
  });
});

describe('OpenAPI', () => {
  it('publishes a 3.1 document generated from the request schemas, and a page', async () => {
    const base = await serve();
    const { body } = await http(base)('GET', '/docs/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    const reset = body.paths['/v1/episodes'].post;
    // servers, or a taskId: neither is required on its own, the engine names what is missing.
    expect(Object.keys(reset.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['servers', 'taskId', 'scenario', 'presets']),
    );
    expect(Object.keys(body.paths['/v1/tasks'].post.responses)).toEqual(expect.arrayContaining(['201', '400']));
    expect(Object.keys(reset.responses)).toEqual(expect.arrayContaining(['201', '400', '403']));
    expect(
      body.paths['/v1/episodes/{episodeId}/evaluate'].post.responses['200'].content['application/json'].schema.properties,
    ).toHaveProperty('reward');
    const page = await fetch(`${base}/docs`).then((r) => r.text());
    expect(page).toContain('/v1/episodes/{episodeId}/step');
  });
});

describe('limits', () => {
  it('reaps an idle episode after its TTL', async () => {
    const base = await serve({ ttlSeconds: 1, reaperIntervalMs: 100 });
    const api = http(base);
    const { body } = await api('POST', '/v1/episodes', { servers: ['Calendar'] });
    expect((await api('GET', `/v1/episodes/${body.episodeId}/state`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    expect((await api('GET', `/v1/episodes/${body.episodeId}/state`)).status).toBe(404);
  });

  it('answers 429 past the per-episode step limit, only when one is set', async () => {
    const base = await serve({ maxStepsPerEpisode: 2 });
    const api = http(base);
    const { body } = await api('POST', '/v1/episodes', { servers: ['Calendar'] });
    const step = () => api('POST', `/v1/episodes/${body.episodeId}/step`, { calls: [{ name: 'list_calendars' }] });
    expect((await step()).status).toBe(200);
    expect((await step()).status).toBe(200);
    const limited = await step();
    expect(limited.status).toBe(429);
    expect(limited.body.detail).toContain('limit of 2 steps');
  });
});
