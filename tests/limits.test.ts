/**
 * Resource limits over HTTP and MCP: a request past a limit is refused with a problem naming the
 * limit and its setting, and changes nothing; a limit configured by environment variable reaches
 * the gateway.
 */
import { request as httpRequest } from 'node:http';
import { calendar } from '../environments/office/calendar/src/index.js';
import { buildGateway, RemoteRuntime } from '@envfleet/gateway';
import { readProcessConfig, serverOptionsFrom } from '@envfleet/host';
import { buildServer, type ServerOptions } from '@envfleet/server';
import { MemoryEpisodeStore } from '@envfleet/episodes';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { http } from './support/http.js';
import { listenOnLoopback } from './support/listen.js';

const opened: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

async function serve(options: Partial<ServerOptions>) {
  const app = await buildServer({ environments: [calendar], privateMcp: 'single', reaperIntervalMs: 0, ...options });
  opened.push(app);
  const base = await listenOnLoopback(app);
  return { app, base, api: http(base), live: () => app.engine.store.size() };
}

async function reset(api: ReturnType<typeof http>, body: unknown = { servers: ['Calendar'] }): Promise<string> {
  const response = await api('POST', '/v1/episodes', body);
  expect(response.status).toBe(201);
  return response.body.episodeId;
}

function expectProblem(response: { status: number; contentType: string; body: any }, status: number, setting: string) {
  expect(response.status).toBe(status);
  expect(response.contentType).toContain('application/problem+json');
  expect(response.body).toMatchObject({ status, setting, detail: expect.stringContaining(setting) });
}

/** A big Calendar world: `events` events with a description of `padding` characters each. */
function bigCalendar(events: number, padding: number) {
  const all: Record<string, unknown> = {};
  for (let i = 1; i <= events; i++) {
    all[`event_${i}`] = {
      event_id: `event_${i}`,
      summary: `Event ${i}`,
      start_time: '2024-01-01T10:00:00Z',
      end_time: '2024-01-01T11:00:00Z',
      description: 'd'.repeat(padding),
      calendar_id: 'primary',
    };
  }
  return { events: all, event_id_counter: events + 1 };
}

describe('HTTP answers past a limit', () => {
  it('live episodes: a reset or fork past ENVFLEET_MAX_EPISODES is 507 and creates nothing', async () => {
    const { api, live } = await serve({ limits: { maxEpisodes: 2 } });
    const first = await reset(api);
    expectProblem(await api('POST', `/v1/episodes/${first}/fork`, { count: 2 }), 507, 'ENVFLEET_MAX_EPISODES');
    await reset(api);
    const past = await api('POST', '/v1/episodes', { servers: ['Calendar'] });
    expectProblem(past, 507, 'ENVFLEET_MAX_EPISODES');
    expect(past.body.limit).toBe(2);
    const batch = await api('POST', '/v1/batch', { ops: [{ op: 'reset', servers: ['Calendar'] }] });
    expect(batch.body.results[0]).toMatchObject({ status: 507, body: { setting: 'ENVFLEET_MAX_EPISODES', limit: 2 } });
    expect(await live()).toBe(2);
    await api('DELETE', `/v1/episodes/${first}`);
    await reset(api);
  });

  it('snapshots: one past ENVFLEET_MAX_SNAPSHOTS is 429', async () => {
    const { api } = await serve({ limits: { maxSnapshotsPerEpisode: 1 } });
    const id = await reset(api);
    expect((await api('POST', `/v1/episodes/${id}/snapshots`)).status).toBe(201);
    expectProblem(await api('POST', `/v1/episodes/${id}/snapshots`), 429, 'ENVFLEET_MAX_SNAPSHOTS');
  });

  it('state bytes: a reset with a larger scenario is 413; a call that would outgrow it fails alone, state unchanged', async () => {
    const { api, live } = await serve({ limits: { maxStateBytes: 20_000 } });
    expectProblem(
      await api('POST', '/v1/episodes', { servers: ['Calendar'], scenario: { Calendar: bigCalendar(40, 1000) } }),
      413,
      'ENVFLEET_MAX_STATE_BYTES',
    );
    expect(await live()).toBe(0);

    const id = await reset(api, { servers: ['Calendar'], scenario: { Calendar: bigCalendar(10, 1000) } });
    const before = (await api('GET', `/v1/episodes/${id}/state`)).body.state;
    const event = (description: string) => ({
      name: 'create_event',
      arguments: { summary: 'grow', start_time: '2024-02-01T10:00:00Z', end_time: '2024-02-01T11:00:00Z', description },
    });
    const step = await api('POST', `/v1/episodes/${id}/step`, { calls: [event('e'.repeat(12_000)), { name: 'list_calendars' }] });
    expect(step.status).toBe(200);
    expect(step.body.results.map((r: { isError: boolean }) => r.isError)).toEqual([true, false]);
    expect(step.body.results[0].content.message).toContain('ENVFLEET_MAX_STATE_BYTES');
    expect((await api('GET', `/v1/episodes/${id}/state`)).body.state).toEqual(before);
  });

  it('TTL: a ttlSeconds past ENVFLEET_MAX_TTL_SECONDS is 400 and creates nothing', async () => {
    const { api, live } = await serve({});
    expectProblem(await api('POST', '/v1/episodes', { servers: ['Calendar'], ttlSeconds: 7 * 24 * 3600 }), 400, 'ENVFLEET_MAX_TTL_SECONDS');
    expect(await live()).toBe(0);
    await reset(api, { servers: ['Calendar'], ttlSeconds: 24 * 3600 });
  });
});

/** An MCP initialize sent by hand, for answers an SDK client would not show. */
function initialize(base: string, accept: string): Promise<{ status: number; body: string }> {
  const body = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
  });
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${base}/mcp`, { method: 'POST', headers: { 'content-type': 'application/json', accept } }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function connect(base: string): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const client = new Client({ name: 'limits-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${base}/mcp`));
  await client.connect(transport);
  return { client, transport };
}

describe('MCP sessions', () => {
  it('an initialize refused for its Accept header (406) leaves no episode behind', async () => {
    const { base, live } = await serve({});
    const refused = await initialize(base, 'application/json');
    expect(refused.status).toBe(406);
    expect(await live()).toBe(0);
  });

  it('an initialize past ENVFLEET_MAX_MCP_SESSIONS is refused with 507 naming it, and opens nothing', async () => {
    const { base, live } = await serve({ maxMcpSessions: 1 });
    const first = await connect(base);
    const refused = await initialize(base, 'application/json, text/event-stream');
    expect(refused.status).toBe(507);
    expect(JSON.parse(refused.body)).toMatchObject({
      jsonrpc: '2.0',
      error: { message: expect.stringContaining('ENVFLEET_MAX_MCP_SESSIONS') },
    });
    expect(await live()).toBe(1);

    await first.transport.terminateSession();
    await first.client.close();
    const second = await connect(base);
    expect((await second.client.listTools()).tools.length).toBeGreaterThan(0);
    await second.client.close();
  });

  it('a private session refused by the episode limit gets a JSON-RPC error, not a hung request', async () => {
    const { base, api } = await serve({ limits: { maxEpisodes: 1 } });
    await reset(api);
    const refused = await initialize(base, 'application/json, text/event-stream');
    expect(refused.status).toBe(507);
    expect(JSON.parse(refused.body).error.message).toContain('ENVFLEET_MAX_EPISODES');
  });
});

describe('limits set by environment variables', () => {
  it('reach a gateway through the process configuration', async () => {
    const config = readProcessConfig({ ENVFLEET_MAX_EPISODES: '1', ENVFLEET_MAX_TTL_SECONDS: '60' });
    const store = new MemoryEpisodeStore();
    const app = await buildGateway({
      environments: [calendar],
      server: {
        ...serverOptionsFrom(config, { store, onClose: undefined, description: 'memory', close: async () => {} }),
        logger: false,
      },
    });
    opened.push(app);
    const api = http(await app.listen({ port: 0, host: '127.0.0.1' }));
    expectProblem(await api('POST', '/v1/episodes', { servers: ['Calendar'], ttlSeconds: 61 }), 400, 'ENVFLEET_MAX_TTL_SECONDS');
    await reset(api, { servers: ['Calendar'], ttlSeconds: 60 });
    expectProblem(await api('POST', '/v1/episodes', { servers: ['Calendar'] }), 507, 'ENVFLEET_MAX_EPISODES');
  });
});

describe('limits of a remote environment', () => {
  it('are passed on by the gateway with their status and setting, not as a broken remote', async () => {
    const remote = await serve({ limits: { maxEpisodes: 1, maxSnapshotsPerEpisode: 1 } });
    const gateway = await buildGateway({
      environments: [],
      remotes: [new RemoteRuntime('Calendar', remote.base)],
      server: { reaperIntervalMs: 0 },
    });
    opened.push(gateway);
    const api = http(await gateway.listen({ port: 0, host: '127.0.0.1' }));
    const id = await reset(api);
    const past = await api('POST', '/v1/episodes', { servers: ['Calendar'] });
    expectProblem(past, 507, 'ENVFLEET_MAX_EPISODES');
    expect(past.body.detail).toContain(`remote at ${remote.base}`);
    expect((await api('POST', `/v1/episodes/${id}/snapshots`)).status).toBe(201);
    expectProblem(await api('POST', `/v1/episodes/${id}/snapshots`), 429, 'ENVFLEET_MAX_SNAPSHOTS');
  });
});
