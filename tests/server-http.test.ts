/**
 * The v1 HTTP API of a standalone environment server, over a real socket: every route, and every
 * kind of bad input the API refuses, each checked to change nothing.
 */
import { calendar } from '../environments/office/calendar/src/index.js';
import { hugeiconsServer } from '../environments/utilities/hugeicons-server/src/index.js';
import { buildServer, type ServerOptions } from '@envfleet/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from './support/http.js';
import { holdSocket, parseRawAnswer, rawRequest } from './support/raw-http.js';

let app: FastifyInstance;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  app = await buildServer({ environments: [calendar], privateMcp: 'single', bodyLimit: 64 * 1024 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  api = http(`http://127.0.0.1:${port}`);
});
afterAll(() => app.close());

async function reset(body: unknown = { servers: ['Calendar'] }) {
  const response = await api('POST', '/v1/episodes', body);
  expect(response.status).toBe(201);
  return response.body.episodeId as string;
}

describe('environments', () => {
  it('lists the environment with bare tool names and schemas', async () => {
    const { status, body } = await api('GET', '/v1/environments');
    expect(status).toBe(200);
    expect(body.environments).toHaveLength(1);
    expect(body.environments[0]).toMatchObject({ name: 'Calendar', domain: 'office', presets: ['demo'] });
    expect(body.environments[0].tools.map((t: { name: string }) => t.name)).toContain('list_events');
  });

  it('describes one environment with its default scenario, and 404s an unknown one', async () => {
    const { body } = await api('GET', '/v1/environments/Calendar');
    expect(Object.keys(body.defaultScenario.calendars)).toEqual(['primary', 'work']);
    const missing = await api('GET', '/v1/environments/Calender');
    expect(missing.status).toBe(404);
    expect(missing.contentType).toContain('application/problem+json');
  });
});

describe('episodes', () => {
  it('goes through reset, step, state, trajectory, snapshot, restore, fork, evaluate and close', async () => {
    const created = await api('POST', '/v1/episodes', { servers: ['Calendar'], presets: { Calendar: 'demo' }, seed: 4 });
    expect(created.body).toMatchObject({ servers: ['Calendar'], mcpUrl: expect.stringMatching(/\/v1\/episodes\/ep_\w+\/mcp$/) });
    expect(created.body.tools[0].name).toBe('Calendar-list_calendars');
    const id = created.body.episodeId;

    const step = await api('POST', `/v1/episodes/${id}/step`, {
      calls: [
        { name: 'Calendar-delete_event', arguments: { event_id: 'event_1' } },
        { name: 'Calendar-delete_event', arguments: { event_id: 'event_1' } },
      ],
    });
    expect(step.body).toEqual({
      step: 1,
      results: [
        { name: 'Calendar-delete_event', isError: false, content: {} },
        { name: 'Calendar-delete_event', isError: true, content: { message: 'Event event_1 not found' } },
      ],
    });
    const snapshot = await api('POST', `/v1/episodes/${id}/snapshots`);
    expect(snapshot.status).toBe(201);
    await api('POST', `/v1/episodes/${id}/step`, { calls: [{ name: 'delete_event', arguments: { event_id: 'event_2' } }] });
    expect((await api('GET', `/v1/episodes/${id}/state`)).body.step).toBe(2);
    expect(await api('POST', `/v1/episodes/${id}/restore`, { snapshotId: snapshot.body.snapshotId })).toMatchObject({
      status: 200,
      body: { step: 1 },
    });
    const state = await api('GET', `/v1/episodes/${id}/state`);
    expect(Object.keys(state.body.state.Calendar.events)).toContain('event_2');
    expect(Object.keys(state.body.state.Calendar.events)).not.toContain('event_1');
    expect((await api('GET', `/v1/episodes/${id}/trajectory`)).body.calls).toHaveLength(2);

    const fork = await api('POST', `/v1/episodes/${id}/fork`, { count: 2 });
    expect(fork.status).toBe(201);
    expect(fork.body.episodeIds).toHaveLength(2);

    const finalConfig = { Calendar: state.body.state.Calendar };
    const evaluation = await api('POST', `/v1/episodes/${id}/evaluate`, {
      groundTruth: [{ name: 'Calendar-delete_event', arguments: { event_id: 'event_1' } }],
      finalConfig,
    });
    expect(evaluation.body).toMatchObject({ trace: 1, state: 1, lengthPenalty: 0.05, reward: 0.95 });

    const closed = await api('DELETE', `/v1/episodes/${id}`);
    expect(closed.body.steps).toBe(1);
    expect((await api('GET', `/v1/episodes/${id}/state`)).status).toBe(404);
    // Training loops close twice: the second close answers as the first did.
    const again = await api('DELETE', `/v1/episodes/${id}`);
    expect(again.status).toBe(closed.status);
    expect(again.body).toEqual(closed.body);
  });

  it('drives several episodes in one batch, each op with its own status', async () => {
    const id = await reset();
    const { body } = await api('POST', '/v1/batch', {
      ops: [
        { op: 'step', episodeId: id, calls: [{ name: 'list_calendars', arguments: {} }] },
        { op: 'state', episodeId: 'ep_missing' },
        { op: 'reset', servers: ['Calendar'] },
        { op: 'close', episodeId: id },
      ],
    });
    expect(body.results.map((r: { status: number }) => r.status)).toEqual([200, 404, 201, 200]);
  });
});

describe('bad input is refused and changes nothing', () => {
  it('malformed JSON → 400', async () => {
    const id = await reset();
    const response = await api('POST', `/v1/episodes/${id}/step`, undefined, '{"calls": [');
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request', detail: expect.stringContaining('JSON') });
    expect((await api('GET', `/v1/episodes/${id}/state`)).body.step).toBe(0);
  });

  it('unknown episode, server and snapshot → 404', async () => {
    expect((await api('POST', '/v1/episodes/ep_nope/step', { calls: [{ name: 'list_calendars' }] })).status).toBe(404);
    const unknownServer = await api('POST', '/v1/episodes', { servers: ['Calender'] });
    expect(unknownServer.status).toBe(404);
    expect(unknownServer.body.detail).toContain('did you mean "Calendar"?');
    const id = await reset();
    expect((await api('POST', `/v1/episodes/${id}/restore`, { snapshotId: 'snap_nope' })).status).toBe(404);
  });

  it('a scenario that fails validation → 400 naming the field, and no episode', async () => {
    const response = await api('POST', '/v1/episodes', {
      servers: ['Calendar'],
      scenario: {
        Calendar: {
          events: { e: { event_id: 'e', summary: 'x', start_time: 'soon', end_time: '2024-01-01T00:00:00Z', calendar_id: 'primary' } },
        },
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.issues.join('\n')).toContain('scenario.Calendar.events.e.start_time');
  });

  it('a body that is not a step request → 400 listing the problems', async () => {
    const id = await reset();
    const response = await api('POST', `/v1/episodes/${id}/step`, { calls: [{ arguments: {} }] });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual(['calls[0].name: Invalid input: expected string, received undefined']);
    expect((await api('GET', `/v1/episodes/${id}/trajectory`)).body.calls).toEqual([]);
  });

  it('unknown tool or bad arguments → isError inside a 200, state unchanged', async () => {
    const id = await reset();
    const before = (await api('GET', `/v1/episodes/${id}/state`)).body.state;
    const { status, body } = await api('POST', `/v1/episodes/${id}/step`, {
      calls: [
        { name: 'Calendar-list_event', arguments: {} },
        { name: 'Calendar-create_event', arguments: { summary: 'x', start_time: 5, end_time: '2024-01-01T00:00:00Z' } },
      ],
    });
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({
      isError: true,
      content: { message: expect.stringContaining('did you mean "Calendar-list_events"?') },
    });
    expect(body.results[1]).toMatchObject({
      isError: true,
      content: { message: 'Invalid argument "start_time": expected string, got number 5' },
    });
    expect((await api('GET', `/v1/episodes/${id}/state`)).body.state).toEqual(before);
  });

  it('an oversized body → 413', async () => {
    const id = await reset();
    const response = await api('POST', `/v1/episodes/${id}/step`, {
      calls: [{ name: 'create_event', arguments: { summary: 'x'.repeat(100_000) } }],
    });
    expect(response.status).toBe(413);
    expect(response.contentType).toContain('application/problem+json');
    expect((await api('GET', `/v1/episodes/${id}/state`)).body.step).toBe(0);
  });
});

describe('operations', () => {
  it('answers health, readiness and Prometheus metrics', async () => {
    expect((await api('GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await api('GET', '/readyz')).body).toEqual({ status: 'ready', store: 'memory' });
    const id = await reset();
    await api('POST', `/v1/episodes/${id}/step`, { calls: [{ name: 'list_calendars' }] });
    const metrics = await fetch(`http://127.0.0.1:${(app.server.address() as { port: number }).port}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/envfleet_tool_calls_total\{server="Calendar",tool="list_calendars",outcome="ok"\} \d+/);
    expect(metrics).toMatch(/envfleet_live_episodes \d+/);
    expect(metrics).toMatch(/envfleet_resets_total\{server="Calendar"\} [1-9]\d*/);
    expect(metrics).toMatch(/envfleet_steps_total [1-9]\d*/);
    expect(metrics).toMatch(/envfleet_tool_call_seconds_bucket\{le="[\d.e-]+",server="Calendar",tool="list_calendars"\}/);
    expect(metrics).toMatch(
      /envfleet_http_request_seconds_count\{method="POST",route="\/v1\/episodes\/:episodeId\/step",status="200"\} \d+/,
    );
  });
});

// Servers with settings the shared one does not have, closed when this file ends.
const extraServers: FastifyInstance[] = [];
afterAll(() => Promise.all(extraServers.map((server) => server.close())));

async function serve(options: Partial<ServerOptions> = {}): Promise<{ base: string; port: number; server: FastifyInstance }> {
  const server = await buildServer({ environments: [calendar], privateMcp: 'single', ...options });
  extraServers.push(server);
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, port, server };
}

const sharedPort = () => (app.server.address() as { port: number }).port;
const json = (value: unknown) => JSON.stringify(value);

/** An object nested `levels` deep: `{}` is one level, `{"v": {}}` two. */
function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 1; level < levels; level++) value = { v: value };
  return value;
}

describe('Host and Origin guard (DNS rebinding)', () => {
  it('refuses a Host it does not answer to on every route but the health probes, and changes nothing', async () => {
    const base = `http://127.0.0.1:${sharedPort()}`;
    const before = await app.engine.store.size();
    const evil = { host: `evil.example:${sharedPort()}` };
    const requests = [
      { method: 'GET', path: '/v1/environments' },
      { method: 'POST', path: '/v1/episodes', body: json({ servers: ['Calendar'] }) },
      { method: 'POST', path: '/v1/batch', body: json({ ops: [{ op: 'reset', servers: ['Calendar'] }] }) },
      { method: 'GET', path: '/' },
      { method: 'GET', path: '/docs' },
      { method: 'GET', path: '/docs/openapi.json' },
      { method: 'GET', path: '/metrics' },
      { method: 'GET', path: '/no/such/route' },
    ];
    for (const request of requests) {
      const response = await rawRequest(base, { ...request, headers: evil });
      expect(response.status, `${request.method} ${request.path}`).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.detail).toContain('"evil.example"');
      expect(response.body.detail).toContain('ENVFLEET_ALLOWED_HOSTS');
    }
    expect(await app.engine.store.size()).toBe(before);
    // Kubernetes probes the pod by its IP address: liveness and readiness answer any Host.
    for (const path of ['/healthz', '/readyz']) expect((await rawRequest(base, { path, headers: evil })).status).toBe(200);
  });

  it('refuses a foreign Origin even when the Host is right', async () => {
    const base = `http://127.0.0.1:${sharedPort()}`;
    const refused = await rawRequest(base, {
      method: 'POST',
      path: '/v1/episodes',
      headers: { origin: 'http://evil.example' },
      body: json({ servers: ['Calendar'] }),
    });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('http://evil.example');
    expect(refused.body.detail).toContain('ENVFLEET_ALLOWED_HOSTS');
    const local = await rawRequest(base, { path: '/v1/environments', headers: { origin: 'http://localhost:3000' } });
    expect(local.status).toBe(200);
  });

  it('answers to the localhost names by default, and to the names ENVFLEET_ALLOWED_HOSTS adds', async () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) {
      const response = await rawRequest(`http://127.0.0.1:${sharedPort()}`, { path: '/v1/environments', headers: { host: `${host}:80` } });
      expect(response.status, host).toBe(200);
    }
    const { base } = await serve({ allowedHosts: ['envfleet.internal'] });
    expect((await rawRequest(base, { path: '/v1/environments', headers: { host: 'envfleet.internal:8080' } })).status).toBe(200);
    expect((await rawRequest(base, { path: '/v1/environments', headers: { host: 'localhost' } })).status).toBe(200);
    expect((await rawRequest(base, { path: '/v1/environments', headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('builds mcpUrl from the public URL when one is set, else from the allowed Host the client used', async () => {
    const named = await serve({ allowedHosts: ['envfleet.internal'] });
    const viaName = await rawRequest(named.base, {
      method: 'POST',
      path: '/v1/episodes',
      headers: { host: 'envfleet.internal:8443' },
      body: json({ servers: ['Calendar'] }),
    });
    expect(viaName.body.mcpUrl).toBe(`http://envfleet.internal:8443/v1/episodes/${viaName.body.episodeId}/mcp`);

    const published = await serve({ publicUrl: 'https://fleet.example.com/rl/' });
    const reset = await rawRequest(published.base, { method: 'POST', path: '/v1/episodes', body: json({ servers: ['Calendar'] }) });
    expect(reset.body.mcpUrl).toBe(`https://fleet.example.com/rl/v1/episodes/${reset.body.episodeId}/mcp`);
    // Clients that follow the public URL arrive with its host name.
    expect((await rawRequest(published.base, { path: '/v1/environments', headers: { host: 'fleet.example.com' } })).status).toBe(200);
  });
});

describe('bearer token', () => {
  it('reads the scheme in any case (RFC 7235) and refuses any other token', async () => {
    const { base } = await serve({ token: 's3cret-token' });
    const status = async (authorization?: string) =>
      (await rawRequest(base, { path: '/v1/environments', headers: authorization ? { authorization } : {} })).status;
    expect(await status('Bearer s3cret-token')).toBe(200);
    expect(await status('bearer s3cret-token')).toBe(200);
    expect(await status('BEARER s3cret-token')).toBe(200);
    expect(await status('Bearer s3cret-toke')).toBe(401);
    expect(await status('Bearer s3cret-token2')).toBe(401);
    expect(await status('Basic czNjcmV0LXRva2Vu')).toBe(401);
    expect(await status()).toBe(401);
    expect((await rawRequest(base, { path: '/healthz' })).status).toBe(200);
  });
});

describe('JSON bodies', () => {
  it('keeps "__proto__" and "constructor" as ordinary ids through reset, step, state and trajectory', async () => {
    const { base } = await serve({ environments: [hugeiconsServer] });
    const reset = await rawRequest(base, {
      method: 'POST',
      path: '/v1/episodes',
      body: '{"servers": ["HugeiconsServer"], "scenario": {"HugeiconsServer": {"iconGlyphsMap": {"__proto__": {"outline": "P"}, "constructor": {"prototype": "C"}}}}}',
    });
    expect(reset.status).toBe(201);
    const id = reset.body.episodeId;
    const step = await rawRequest(base, {
      method: 'POST',
      path: `/v1/episodes/${id}/step`,
      body: `{"calls": [
        {"name": "get_icon_glyph_by_style", "arguments": {"icon_name": "__proto__"}},
        {"name": "get_icon_glyph_by_style", "arguments": {"icon_name": "constructor", "style": "prototype"}},
        {"name": "list_icons", "arguments": {"__proto__": {"limit": 1}}}
      ]}`,
    });
    expect(step.status).toBe(200);
    expect(step.body.results.slice(0, 2).map((result: { content: unknown }) => result.content)).toEqual([
      { icon_name: '__proto__', style: 'outline', glyph: 'P' },
      { icon_name: 'constructor', style: 'prototype', glyph: 'C' },
    ]);
    const { body } = await rawRequest(base, { path: `/v1/episodes/${id}/state` });
    const map = body.state.HugeiconsServer.iconGlyphsMap;
    expect(Object.keys(map)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(map, '__proto__')?.value).toEqual({ outline: 'P' });
    const trajectory = await rawRequest(base, { path: `/v1/episodes/${id}/trajectory` });
    expect(Object.keys(trajectory.body.calls[2].arguments)).toEqual(['__proto__']);
    // Nothing reached a prototype on the way.
    expect(({} as Record<string, unknown>).outline).toBeUndefined();
    expect(({} as Record<string, unknown>).limit).toBeUndefined();
  });

  it('refuses a body nested 100 000 deep with a 400 naming the limit, and the episode stays readable', async () => {
    const { base } = await serve();
    const id = (await rawRequest(base, { method: 'POST', path: '/v1/episodes', body: json({ servers: ['Calendar'] }) })).body.episodeId;
    const levels = 100_000;
    const bomb = await rawRequest(base, {
      method: 'POST',
      path: `/v1/episodes/${id}/step`,
      body: `{"calls": [{"name": "list_calendars", "arguments": {"x": ${'['.repeat(levels)}${']'.repeat(levels)}}}]}`,
    });
    expect(bomb.status).toBe(400);
    expect(bomb.headers['content-type']).toContain('application/problem+json');
    expect(bomb.body.detail).toContain('ENVFLEET_MAX_JSON_DEPTH');
    expect(bomb.body.detail).toContain('128');
    const trajectory = await rawRequest(base, { path: `/v1/episodes/${id}/trajectory` });
    expect(trajectory.status).toBe(200);
    expect(trajectory.body.calls).toEqual([]);
  });

  it('refuses tool-call arguments nested past the limit (v1 and batch), and runs those within it', async () => {
    const { base } = await serve({ maxJsonDepth: 16 });
    const id = (await rawRequest(base, { method: 'POST', path: '/v1/episodes', body: json({ servers: ['Calendar'] }) })).body.episodeId;
    const step = (args: unknown) =>
      rawRequest(base, {
        method: 'POST',
        path: `/v1/episodes/${id}/step`,
        body: json({ calls: [{ name: 'list_calendars', arguments: args }] }),
      });
    expect((await step(nested(16))).status).toBe(200);
    const over = await step(nested(17));
    expect(over.status).toBe(400);
    expect(over.body.detail).toContain('16');
    expect(over.body.detail).toContain('ENVFLEET_MAX_JSON_DEPTH');
    const batch = await rawRequest(base, {
      method: 'POST',
      path: '/v1/batch',
      body: json({ ops: [{ op: 'step', episodeId: id, calls: [{ name: 'list_calendars', arguments: nested(17) }] }] }),
    });
    expect(batch.body.results[0].status).toBe(400);
    expect((await rawRequest(base, { path: `/v1/episodes/${id}/state` })).body.step).toBe(1);
    expect((await rawRequest(base, { path: `/v1/episodes/${id}/trajectory` })).body.calls).toHaveLength(1);
  });
});

describe('answers given before routing are problem+json too', () => {
  it('a path parameter longer than any id → 414', async () => {
    const response = await api('GET', `/v1/episodes/ep_${'x'.repeat(500)}/state`);
    expect(response.status).toBe(414);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 414, title: 'URI Too Long' });
  });

  it('a request line and headers larger than the server reads → 431', async () => {
    const request = `GET /v1/episodes/${'x'.repeat(20_000)}/state HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;
    const outcome = await holdSocket(sharedPort(), [request], 10_000);
    expect(outcome.closed).toBe(true);
    const answer = parseRawAnswer(outcome.received);
    expect(answer.status).toBe(431);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
  });
});

describe('slow clients', () => {
  const timeouts = { requestTimeoutMs: 400, headersTimeoutMs: 200, keepAliveTimeoutMs: 200 };

  it('answers 408 and closes a request whose body stops arriving', async () => {
    const { port } = await serve(timeouts);
    const head = 'POST /v1/episodes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n';
    const outcome = await holdSocket(port, [head, '{"servers": '], 10_000);
    expect(outcome.closed).toBe(true);
    const answer = parseRawAnswer(outcome.received);
    expect(answer.status).toBe(408);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body.detail).toContain('ENVFLEET_REQUEST_TIMEOUT_MS');
  });

  it('closes a connection whose headers never end', async () => {
    const { port } = await serve(timeouts);
    const outcome = await holdSocket(port, ['GET /v1/environments HTTP/1.1\r\nHost: 127.0.0.1\r\n'], 10_000);
    expect(outcome.closed).toBe(true);
    expect(parseRawAnswer(outcome.received).status).toBe(408);
  });

  it('closes a connection that never sends anything', async () => {
    const { port } = await serve(timeouts);
    expect((await holdSocket(port, [], 10_000)).closed).toBe(true);
  });

  it('closes a kept-alive connection left idle', async () => {
    const { port } = await serve(timeouts);
    const outcome = await holdSocket(port, ['GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n'], 10_000);
    expect(outcome.closed).toBe(true);
    expect(parseRawAnswer(outcome.received).status).toBe(200);
  });
});
