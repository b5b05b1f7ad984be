/** The gateway: discovery of every workspace environment, multi-server episodes, /mcp/{Server}. */
import { buildGateway, environmentPackages, loadEnvironments } from '@envfleet/gateway';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from './support/http.js';
import { environmentPackages as packagesOnDisk, workspaceRoot } from './support/workspace-environments.js';
import { listenOnLoopback } from './support/listen.js';

let app: FastifyInstance;
let base: string;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  const environments = await loadEnvironments(environmentPackages(workspaceRoot), { source: true });
  app = await buildGateway({ environments, server: { reaperIntervalMs: 0 } });
  base = await listenOnLoopback(app);
  api = http(base);
});
afterAll(() => app.close());

describe('gateway', () => {
  it('serves every environment package of the workspace, found with no hand-kept list', async () => {
    const { body } = await api('GET', '/v1/environments');
    const served = body.environments.map((e: { name: string }) => e.name).sort();
    const onDisk = packagesOnDisk()
      .map((p) => p.manifest.envfleet?.server)
      .sort();
    expect(served).toEqual(onDisk);
  });

  it('runs one episode across several environments with Server-tool names', async () => {
    const created = await api('POST', '/v1/episodes', {
      servers: ['Calendar', 'Retail'].filter((s) => packagesOnDisk().some((p) => p.manifest.envfleet?.server === s)),
    });
    expect(created.status).toBe(201);
    const id = created.body.episodeId;
    const step = await api('POST', `/v1/episodes/${id}/step`, {
      calls: [
        { name: 'Calendar-list_calendars', arguments: {} },
        { name: 'list_calendars', arguments: {} },
      ],
    });
    expect(step.body.results[0].isError).toBe(false);
    if (created.body.servers.length > 1) {
      expect(step.body.results[1]).toMatchObject({ isError: true, content: { message: expect.stringContaining('Server-tool') } });
    }
  });

  it('gives each /mcp/{Server} session a private episode, and 404s an unknown server', async () => {
    const client = new Client({ name: 'envfleet-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp/Calendar`)));
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain('list_events');
    await client.close();
    const response = await fetch(`${base}/mcp/Calender`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(404);
  });
});
