/**
 * The v1 HTTP API of a standalone environment server, over a real socket: every route, and every
 * kind of bad input DESIGN.md lists, each checked to change nothing.
 */
import { calendar } from '../environments/office/calendar/src/index.js';
import { buildServer } from '@envfleet/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from './support/http.js';

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
