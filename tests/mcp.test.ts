/**
 * MCP with the SDK v2 client against a listening server and over stdio: private episodes per
 * session, the episode URL shared with the HTTP API, both protocol eras, and the DNS-rebinding guard.
 */
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { calendar } from '../environments/office/calendar/src/index.js';
import { buildServer } from '@envfleet/server';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from './support/http.js';
import { startServerProcess, stopProcess } from './support/child-server.js';
import { workspaceRoot } from './support/workspace-environments.js';
import { listenOnLoopback } from './support/listen.js';

let app: FastifyInstance;
let base: string;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  app = await buildServer({ environments: [calendar], privateMcp: 'single' });
  base = await listenOnLoopback(app);
  api = http(base);
});
afterAll(() => app.close());

async function connect(url: string, mode?: 'auto'): Promise<Client> {
  const client = new Client({ name: 'envfleet-test', version: '1.0.0' }, mode ? { versionNegotiation: { mode } } : {});
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

const text = (result: unknown) => (result as { content: { text: string }[] }).content[0]?.text ?? '';

describe('/mcp: a private episode per session', () => {
  it('lists only domain tools, with bare names and the catalog schemas', async () => {
    const client = await connect(`${base}/mcp`);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual([
      'list_calendars',
      'list_events',
      'search_events',
      'create_event',
      'update_event',
      'delete_event',
    ]);
    expect(tools.find((t) => t.name === 'list_events')?.annotations?.readOnlyHint).toBe(true);
    expect(tools.find((t) => t.name === 'create_event')?.inputSchema.required).toEqual(['summary', 'start_time', 'end_time']);
    await client.close();
  });

  it('starts each session from the demo world and never shares it', async () => {
    const first = await connect(`${base}/mcp`);
    const second = await connect(`${base}/mcp`);
    const deleted = await first.callTool({ name: 'delete_event', arguments: { event_id: 'event_1' } });
    expect(deleted).toMatchObject({ isError: false, structuredContent: {} });
    const again = await first.callTool({ name: 'delete_event', arguments: { event_id: 'event_1' } });
    expect(again).toMatchObject({ isError: true });
    expect(text(again)).toBe('Event event_1 not found');
    const untouched = await second.callTool({ name: 'search_events', arguments: { query: 'Sprint planning' } });
    expect(JSON.parse(text(untouched))).toHaveLength(1);
    await Promise.all([first.close(), second.close()]);
  });

  it('negotiates a 2026-era client down to a session instead of sharing an episode', async () => {
    const client = await connect(`${base}/mcp`, 'auto');
    expect(client.getProtocolEra()).toBe('legacy');
    await client.callTool({ name: 'delete_event', arguments: { event_id: 'event_2' } });
    expect(await client.callTool({ name: 'delete_event', arguments: { event_id: 'event_2' } })).toMatchObject({ isError: true });
    await client.close();
  });

  it('reports bad arguments as a tool error the agent can read', async () => {
    const client = await connect(`${base}/mcp`);
    const result = await client.callTool({ name: 'list_events', arguments: { max_results: 'many' } });
    expect(result.isError).toBe(true);
    expect(text(result)).toContain('"max_results"');
    await client.close();
  });
});

describe('/v1/episodes/{id}/mcp: the episode of a rollout', () => {
  for (const mode of [undefined, 'auto'] as const) {
    it(`acts on exactly that episode (${mode ?? 'legacy'} client)`, async () => {
      const { body } = await api('POST', '/v1/episodes', { servers: ['Calendar'] });
      const client = await connect(body.mcpUrl, mode);
      expect(client.getProtocolEra()).toBe(mode === 'auto' ? 'modern' : 'legacy');
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('Calendar-create_event');
      expect(tools.some((t) => /load|save|reset/.test(t.name))).toBe(false);
      await client.callTool({
        name: 'Calendar-create_event',
        arguments: { summary: 'Standup', start_time: '2024-02-01T09:00:00Z', end_time: '2024-02-01T09:15:00Z' },
      });
      await client.close();
      const state = await api('GET', `/v1/episodes/${body.episodeId}/state`);
      expect(state.body.state.Calendar.events.event_3.summary).toBe('Standup');
      expect((await api('GET', `/v1/episodes/${body.episodeId}/trajectory`)).body.calls).toHaveLength(1);
    });
  }

  it('answers 404 for an unknown episode', async () => {
    const response = await fetch(`${base}/v1/episodes/ep_nope/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(404);
  });
});

describe('arguments nested past ENVFLEET_MAX_JSON_DEPTH', () => {
  it('are a tool error naming the limit, and change nothing', async () => {
    const { body } = await api('POST', '/v1/episodes', { servers: ['Calendar'] });
    let deep: Record<string, unknown> = {};
    for (let level = 1; level < 129; level++) deep = { v: deep };
    const client = await connect(body.mcpUrl);
    const result = await client.callTool({ name: 'Calendar-list_events', arguments: deep });
    expect(result.isError).toBe(true);
    expect(text(result)).toContain('128');
    expect(text(result)).toContain('ENVFLEET_MAX_JSON_DEPTH');
    await client.close();
    expect((await api('GET', `/v1/episodes/${body.episodeId}/state`)).body.step).toBe(0);
    expect((await api('GET', `/v1/episodes/${body.episodeId}/trajectory`)).body.calls).toEqual([]);
  });
});

describe('request timeouts', () => {
  // Node's request timeout covers receiving a request; an event stream is an answer, however long.
  it('never cut an idle MCP event stream', async () => {
    const slow = await buildServer({ environments: [calendar], privateMcp: 'single', requestTimeoutMs: 300, headersTimeoutMs: 200 });
    await slow.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(slow.server.address() as { port: number }).port}/mcp`;
    const headers = {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-06-18',
    };
    const post = (message: unknown, extra: Record<string, string> = {}) =>
      fetch(url, { method: 'POST', headers: { ...headers, ...extra }, body: JSON.stringify({ jsonrpc: '2.0', ...(message as object) }) });
    try {
      const initialized = await post({
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
      });
      const session = initialized.headers.get('mcp-session-id') as string;
      await initialized.text();
      await (await post({ method: 'notifications/initialized' }, { 'mcp-session-id': session })).text();

      let ended = false;
      const stream = httpRequest(url, { method: 'GET', headers: { ...headers, accept: 'text/event-stream', 'mcp-session-id': session } });
      const opened = new Promise<number>((resolve, reject) => {
        stream.on('response', (response) => {
          response.on('data', () => undefined);
          response.on('close', () => (ended = true));
          resolve(response.statusCode ?? 0);
        });
        stream.on('error', reject);
      });
      stream.end();
      expect(await opened).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(ended).toBe(false);
      const call = await post(
        { id: 2, method: 'tools/call', params: { name: 'list_calendars', arguments: {} } },
        { 'mcp-session-id': session },
      );
      expect(await call.text()).toContain('primary');
      stream.destroy();
    } finally {
      await slow.close();
    }
  });
});

it('rejects a foreign Host or Origin header (DNS rebinding) on MCP routes', async () => {
  // fetch() may not set Host, so this goes through node:http.
  const status = (headers: Record<string, string>, path = '/mcp') =>
    new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
      });
      const request = httpRequest(
        `${base}${path}`,
        { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  expect(await status({ host: 'evil.example' })).toBe(403);
  expect(await status({ origin: 'http://evil.example' })).toBe(403);
  // The EnvFactory-compatible endpoint is guarded the same way.
  expect(await status({ host: 'evil.example' }, '/envfactory/Calendar/mcp')).toBe(403);
  expect(await status({ origin: 'http://evil.example' }, '/envfactory/Calendar/mcp')).toBe(403);
  expect(await status({}, '/envfactory/Calendar/mcp')).toBe(200);
});

// The three servers the foundation was proven on, each run from its package's own bin.
const FLAGSHIPS = [
  { server: 'Calendar', bin: 'environments/office/calendar/dist/main.js', read: 'list_calendars' },
  { server: 'Retail', bin: 'environments/commerce/retail/dist/main.js', read: 'list_product_types' },
  { server: 'GorillaFileSystem', bin: 'environments/utilities/gorilla-file-system/dist/main.js', read: 'pwd' },
];

describe.each(FLAGSHIPS)('$server from its bin', ({ bin, read }) => {
  it('answers an MCP client over stdio with the demo world', async () => {
    const client = new Client({ name: 'envfleet-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [join(workspaceRoot, bin), '--stdio'] }));
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain(read);
    const result = await client.callTool({ name: read, arguments: {} });
    expect(result.isError).toBe(false);
    await client.close();
  });

  it('answers an MCP client over HTTP at /mcp, beside the v1 API', async () => {
    const { url, child } = await startServerProcess(join(workspaceRoot, bin));
    try {
      const client = await connect(`${url}/mcp`);
      const result = await client.callTool({ name: read, arguments: {} });
      expect(result.isError).toBe(false);
      await client.close();
      const environments = await http(url)('GET', '/v1/environments');
      expect(environments.body.environments).toHaveLength(1);
    } finally {
      await stopProcess(child);
    }
  });
});

describe('stdio', () => {
  it('serves the demo world to a client that spawns the package bin', async () => {
    const client = new Client({ name: 'envfleet-test', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [join(workspaceRoot, 'environments/office/calendar/dist/main.js'), '--stdio'],
      }),
    );
    const calendars = await client.callTool({ name: 'list_calendars', arguments: {} });
    expect(JSON.parse(text(calendars)).map((c: { calendar_id: string }) => c.calendar_id)).toEqual(['primary', 'work', 'family']);
    await client.close();
  });
});
