/**
 * A standalone environment server registered with the gateway as a remote: described in the
 * catalog, used in an episode beside a local environment through every route, then killed.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { retail } from '../environments/commerce/retail/src/index.js';
import { buildGateway, RemoteRuntime } from '@envfleet/gateway';
import type { EpisodeRecord } from '@envfleet/episodes';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, stopProcess } from './support/child-server.js';
import { http } from './support/http.js';
import { workspaceRoot } from './support/workspace-environments.js';

let child: ChildProcess;
let calendarUrl: string;
let gateway: FastifyInstance;
let api: ReturnType<typeof http>;
const archived: EpisodeRecord[] = [];

beforeAll(async () => {
  ({ url: calendarUrl, child } = await startServerProcess(join(workspaceRoot, 'environments/office/calendar/dist/main.js')));
  gateway = await buildGateway({
    environments: [retail],
    remotes: [new RemoteRuntime('Calendar', calendarUrl, { timeoutMs: 2_000 })],
    remoteCheckIntervalMs: 100,
    server: { reaperIntervalMs: 0, onEpisodeClose: (record) => void archived.push(record) },
  });
  await gateway.listen({ port: 0, host: '127.0.0.1' });
  api = http(`http://127.0.0.1:${(gateway.server.address() as { port: number }).port}`);
});
afterAll(async () => {
  await gateway?.close();
  if (child) await stopProcess(child, 'SIGKILL');
});

describe('a remote environment behind the gateway', () => {
  it('is described in the catalog like a local one, marked remote and healthy', async () => {
    const { body } = await api('GET', '/v1/environments');
    const calendar = body.environments.find((e: { name: string }) => e.name === 'Calendar');
    expect(calendar).toMatchObject({ domain: 'office', remote: { url: calendarUrl, healthy: true } });
    expect(calendar.tools.map((t: { name: string }) => t.name)).toContain('create_event');
    const one = await api('GET', '/v1/environments/Calendar');
    expect(Object.keys(one.body.defaultScenario.calendars)).toEqual(['primary', 'work']);
  });

  it('serves an episode that mixes it with a local environment, through every route', async () => {
    const created = await api('POST', '/v1/episodes', { servers: ['Retail', 'Calendar'], presets: { Calendar: 'demo' } });
    expect(created.status).toBe(201);
    expect(created.body.tools.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['Retail-list_product_types', 'Calendar-delete_event']),
    );
    const id = created.body.episodeId;

    const step = await api('POST', `/v1/episodes/${id}/step`, {
      calls: [
        { name: 'Calendar-delete_event', arguments: { event_id: 'event_1' } },
        { name: 'Retail-list_product_types', arguments: {} },
        { name: 'Calendar-delete_event', arguments: { event_id: 'event_1' } },
      ],
    });
    expect(step.body.results.map((r: { isError: boolean }) => r.isError)).toEqual([false, false, true]);
    expect(step.body.results[2].content.message).toBe('Event event_1 not found');

    const snapshot = await api('POST', `/v1/episodes/${id}/snapshots`);
    await api('POST', `/v1/episodes/${id}/step`, { calls: [{ name: 'Calendar-delete_event', arguments: { event_id: 'event_2' } }] });
    const { body: forked } = await api('POST', `/v1/episodes/${id}/fork`, { count: 1 });
    await api('POST', `/v1/episodes/${id}/restore`, { snapshotId: snapshot.body.snapshotId });

    const events = async (episodeId: string) =>
      Object.keys((await api('GET', `/v1/episodes/${episodeId}/state`)).body.state.Calendar.events);
    expect(await events(id)).toContain('event_2');
    expect(await events(id)).not.toContain('event_1');
    expect(await events(forked.episodeIds[0])).not.toContain('event_2');

    const evaluation = await api('POST', `/v1/episodes/${id}/evaluate`, {
      groundTruth: [{ name: 'Calendar-delete_event', arguments: { event_id: 'event_1' } }],
      finalConfig: {},
    });
    expect(evaluation.body).toMatchObject({ trace: 1 });
    const closed = await api('DELETE', `/v1/episodes/${id}`);
    expect(Object.keys(closed.body.state)).toEqual(['Retail', 'Calendar']);
    // The archive gets the remote's real states, not the handle the gateway keeps.
    const record = archived.find((r) => r.id === id);
    expect(Object.keys((record?.initialStates.Calendar as { events: object }).events)).toContain('event_1');
    expect(Object.keys((record?.states.Calendar as { events: object }).events)).not.toContain('event_1');
  });

  it('fails fast with 503 once the remote is gone, and the catalog says so', async () => {
    const { body } = await api('POST', '/v1/episodes', { servers: ['Calendar'] });
    await stopProcess(child, 'SIGKILL');
    const step = await api('POST', `/v1/episodes/${body.episodeId}/step`, { calls: [{ name: 'Calendar-list_calendars', arguments: {} }] });
    expect(step.status).toBe(503);
    expect(step.contentType).toContain('application/problem+json');
    expect(step.body.detail).toMatch(/Calendar at http:\/\/127\.0\.0\.1:\d+ (does not answer|is unhealthy)/);
    const started = Date.now();
    const again = await api('POST', '/v1/episodes', { servers: ['Calendar'] });
    expect(again.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(1_000);
    const catalog = await api('GET', '/v1/environments');
    expect(catalog.body.environments.find((e: { name: string }) => e.name === 'Calendar').remote.healthy).toBe(false);
    expect((await api('GET', `/v1/episodes/${body.episodeId}/trajectory`)).body.calls).toEqual([]);
  });
});
