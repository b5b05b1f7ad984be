/**
 * What a newcomer runs into first, answered plainly: a wrong method is a 405 naming the right one,
 * an unknown MCP server lists the known ones, every server has a sandbox URL ending in /mcp (the
 * MCP Inspector rewrites any other), and /metrics has the runtime's metrics and not its own scrapes.
 */
import { calendar } from '../environments/office/calendar/src/index.js';
import { retail } from '../environments/commerce/retail/src/index.js';
import { buildServer } from '@envfleet/server';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from './support/http.js';
import { rawRequest } from './support/raw-http.js';
import { listenOnLoopback } from './support/listen.js';

let app: FastifyInstance;
let base: string;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  // Servers by name under /mcp/{Server}, as the gateway serves them.
  app = await buildServer({ environments: [calendar, retail], privateMcp: 'per-server' });
  base = await listenOnLoopback(app);
  api = http(base);
});
afterAll(() => app.close());

describe('a wrong method on a known path', () => {
  it.each([
    ['GET', '/v1/episodes', 'POST'],
    ['GET', '/v1/episodes/ep_x/step', 'POST'],
    ['PUT', '/v1/episodes/ep_x/state', 'GET, HEAD'],
    ['GET', '/v1/batch', 'POST'],
    ['POST', '/metrics', 'GET, HEAD'],
  ])('%s %s → 405 with Allow: %s, and a problem naming it', async (method, path, allow) => {
    const before = await app.engine.store.size();
    const response = await fetch(`${base}${path}`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allow);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { detail: string };
    expect(problem).toMatchObject({ status: 405, title: 'Method Not Allowed', allowed: allow.split(', ') });
    expect(problem.detail).toContain(`does not answer ${method}`);
    expect(problem.detail).toContain(allow.split(', ')[0]);
    expect(await app.engine.store.size()).toBe(before);
  });

  it('still answers 404 for a path no method serves, and 403 before 405 for a foreign Host', async () => {
    const missing = await api('GET', '/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toContain('No route GET /v1/nothing-here');
    const port = (app.server.address() as { port: number }).port;
    const foreign = await rawRequest(base, { method: 'GET', path: '/v1/episodes', headers: { host: `evil.example:${port}` } });
    expect(foreign.status).toBe(403);
  });
});

describe('MCP by server name', () => {
  it('answers an unknown server with a 404 naming it and the known ones, on every MCP path', async () => {
    for (const path of ['/mcp/Nope', '/mcp/Nope/mcp', '/envfactory/Nope/mcp']) {
      const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const { detail } = (await response.json()) as { detail: string };
      expect(detail, path).toContain('Unknown server "Nope"');
      expect(detail, path).toContain('Calendar, Retail');
    }
  });

  it('serves a private sandbox at /mcp/{Server}/mcp, like /mcp/{Server}', async () => {
    for (const path of ['/mcp/Calendar/mcp', '/mcp/Calendar']) {
      const client = new Client({ name: 'inspector-like', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${base}${path}`)));
      const { tools } = await client.listTools();
      expect(tools[0]?.name, path).toBe('list_calendars');
      // Each session has its own demo world: deleting an event here touches no other session.
      const deleted = await client.callTool({ name: 'delete_event', arguments: { event_id: 'event_1' } });
      expect(deleted.isError, path).toBe(false);
      await client.close();
    }
  });
});

describe('/metrics', () => {
  it('has process and Node runtime metrics, and does not count its own scrapes', async () => {
    await fetch(`${base}/metrics`);
    const text = await fetch(`${base}/metrics`).then((response) => response.text());
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
    expect(text).not.toContain('route="/metrics"');
    await api('GET', '/v1/environments');
    expect(await fetch(`${base}/metrics`).then((response) => response.text())).toMatch(
      /envfleet_http_request_seconds_count\{method="GET",route="\/v1\/environments",status="200"\} 1/,
    );
  });
});
