/**
 * A remote environment behind a proxy that misbehaves: a real standalone server, reached through a
 * small node:http proxy that can be told to answer an HTML error page or a 429 instead of passing
 * requests on. The gateway must name the remote in a problem+json 502 and stop sending it work
 * until a probe sees it again, and pass a 429 on as a 429.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calendar } from '../environments/office/calendar/src/index.js';
import { buildGateway, RemoteRuntime } from '@envfleet/gateway';
import { buildServer } from '@envfleet/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from './support/http.js';

type Mode = 'pass' | 'html' | 'too-many';

let upstream: FastifyInstance;
let proxy: Server;
let proxyUrl: string;
let mode: Mode = 'pass';
let remote: RemoteRuntime;
let gateway: FastifyInstance;
let api: ReturnType<typeof http>;

const HTML_502 =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

beforeAll(async () => {
  upstream = await buildServer({ environments: [calendar], privateMcp: 'single', reaperIntervalMs: 0 });
  await upstream.listen({ port: 0, host: '127.0.0.1' });
  const upstreamUrl = `http://127.0.0.1:${(upstream.server.address() as AddressInfo).port}`;

  proxy = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (mode === 'html') {
      response.writeHead(502, { 'content-type': 'text/html' }).end(HTML_502);
      return;
    }
    if (mode === 'too-many') {
      response.writeHead(429, { 'content-type': 'text/html', 'retry-after': '1' }).end('<html><body>Too Many Requests</body></html>');
      return;
    }
    const body = Buffer.concat(chunks);
    const answer = await fetch(`${upstreamUrl}${request.url}`, {
      method: request.method ?? 'GET',
      headers: { ...(request.headers['content-type'] ? { 'content-type': request.headers['content-type'] } : {}) },
      ...(body.length ? { body } : {}),
    });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  remote = new RemoteRuntime('Calendar', proxyUrl, { timeoutMs: 2_000 });
  // Probes are driven by the test (remote.check()), so that none restores health behind its back.
  gateway = await buildGateway({ environments: [], remotes: [remote], remoteCheckIntervalMs: 600_000, server: { reaperIntervalMs: 0 } });
  await gateway.listen({ port: 0, host: '127.0.0.1' });
  api = http(`http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}`);
});

afterAll(async () => {
  await gateway?.close();
  await new Promise((resolve) => proxy?.close(resolve));
  await upstream?.close();
});

const listCalendars = { calls: [{ name: 'Calendar-list_calendars', arguments: {} }] };
const healthy = async () =>
  (await api('GET', '/v1/environments')).body.environments.find((e: { name: string }) => e.name === 'Calendar').remote.healthy;

describe('a remote behind a misbehaving proxy', () => {
  it('answers 502 naming the remote when it sends an HTML page, marks it unhealthy, and recovers after a probe', async () => {
    mode = 'pass';
    const { body: created } = await api('POST', '/v1/episodes', { servers: ['Calendar'], presets: { Calendar: 'demo' } });
    expect(created.episodeId).toMatch(/^ep_/);

    mode = 'html';
    const failed = await api('POST', `/v1/episodes/${created.episodeId}/step`, listCalendars);
    expect(failed.status).toBe(502);
    expect(failed.contentType).toContain('application/problem+json');
    expect(failed.body.title).toBe('Bad Gateway');
    expect(failed.body.detail).toContain(`Calendar at ${proxyUrl}`);
    expect(failed.body.detail).toContain('other than JSON');
    expect(failed.body.detail).toContain('502 Bad Gateway');
    expect(await healthy()).toBe(false);
    // Nothing was recorded, and the next request is refused at once without reaching the remote.
    expect((await api('GET', `/v1/episodes/${created.episodeId}/trajectory`)).body.calls).toEqual([]);
    mode = 'pass';
    const refused = await api('POST', `/v1/episodes/${created.episodeId}/step`, listCalendars);
    expect(refused.status).toBe(503);
    expect(refused.body.detail).toContain('is unhealthy');

    // A probe that sees the remote answer again brings it back.
    expect(await remote.check()).toBe(true);
    const step = await api('POST', `/v1/episodes/${created.episodeId}/step`, listCalendars);
    expect(step.status).toBe(200);
    expect(step.body.results[0].isError).toBe(false);
  });

  it('does not count a probe answered by an HTML page as healthy', async () => {
    mode = 'html';
    expect(await remote.check()).toBe(false);
    expect(await healthy()).toBe(false);
    mode = 'pass';
    expect(await remote.check()).toBe(true);
  });

  it("passes a remote's 429 on as a 429, and keeps the remote healthy", async () => {
    mode = 'pass';
    const { body: created } = await api('POST', '/v1/episodes', { servers: ['Calendar'] });
    mode = 'too-many';
    const limited = await api('POST', `/v1/episodes/${created.episodeId}/step`, listCalendars);
    mode = 'pass';
    expect(limited.status).toBe(429);
    expect(limited.contentType).toContain('application/problem+json');
    expect(limited.body.detail).toContain(`Calendar (remote at ${proxyUrl})`);
    expect(await healthy()).toBe(true);
    expect((await api('POST', `/v1/episodes/${created.episodeId}/step`, listCalendars)).status).toBe(200);
  });
});
