/**
 * `POST /v1/episodes/{id}/step` with `{"text": …}` over HTTP: the assistant message's
 * `<tool_call>` blocks run as the step's calls, the malformed ones are answered and counted, and
 * evaluate's format penalty takes the count; a batch's step op takes text the same way.
 */
import { buildGateway } from '@envfleet/gateway';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar } from '../environments/office/calendar/src/index.js';
import { http } from './support/http.js';
import { listenOnLoopback } from './support/listen.js';

let app: FastifyInstance;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  app = await buildGateway({ environments: [calendar], server: { reaperIntervalMs: 0 } });
  api = http(await listenOnLoopback(app));
});
afterAll(() => app.close());

/** An assistant turn as a Qwen3/Hermes model writes it: thinking, then tool-call blocks. */
const assistant = [
  '<think>The user wants the review meeting; search, then list calendars.</think>',
  '<tool_call>\n{"name": "search_events", "arguments": {"query": "review"}}\n</tool_call>',
  '<tool_call>\n{"name": "list_calendars", "arguments": "{}"}\n</tool_call>',
  '<tool_call>\n{"name": "delete_event", "arguments": {"event_id": "event_1"},}\n</tool_call>',
  '<tool_call>\n{"arguments": {}}\n</tool_call>',
].join('\n');

describe('a text step over HTTP', () => {
  it('runs the calls the text holds, reports the malformed ones, and evaluate takes them as format errors', async () => {
    const created = await api('POST', '/v1/episodes', { servers: ['Calendar'], presets: { Calendar: 'demo' } });
    const id = created.body.episodeId;
    const before = (await api('GET', `/v1/episodes/${id}/state`)).body.state;

    const step = await api('POST', `/v1/episodes/${id}/step`, { text: assistant });
    expect(step.status).toBe(200);
    expect(step.body.step).toBe(1);
    expect(step.body.results.map((r: { name: string; isError: boolean }) => [r.name, r.isError])).toEqual([
      ['Calendar-search_events', false],
      ['Calendar-list_calendars', false],
    ]);
    expect(step.body.malformed.map((m: { reason: string }) => m.reason)).toEqual([expect.stringMatching(/^not JSON: /), 'no "name"']);
    expect(step.body.formatErrors).toBe(2);
    // The malformed delete never ran: the state is the one the episode started from.
    expect((await api('GET', `/v1/episodes/${id}/state`)).body.state).toEqual(before);

    const groundTruth = [{ name: 'Calendar-search_events', arguments: { query: 'review' } }];
    const scored = await api('POST', `/v1/episodes/${id}/evaluate`, { groundTruth, finalConfig: before, tau: 1 });
    expect(scored.status).toBe(200);
    // Two calls for one in the ground truth (0.05) and two malformed blocks (0.1).
    expect(scored.body).toMatchObject({ trace: 1, lengthPenalty: 0.05 });
    expect(scored.body.formatPenalty).toBeCloseTo(0.1, 12);
    expect(scored.body.reward).toBeCloseTo(0.85, 12);
    const overridden = await api('POST', `/v1/episodes/${id}/evaluate`, { groundTruth, finalConfig: before, tau: 1, formatErrors: 0 });
    expect(overridden.body.formatPenalty).toBe(0);
    await api('DELETE', `/v1/episodes/${id}`);
  });

  it('refuses calls and text together with a 400 naming it, and takes text in a batch step op', async () => {
    const created = await api('POST', '/v1/episodes', { servers: ['Calendar'] });
    const id = created.body.episodeId;
    const both = await api('POST', `/v1/episodes/${id}/step`, { calls: [{ name: 'list_calendars' }], text: 'x' });
    expect(both.status).toBe(400);
    expect(both.body.issues).toEqual(['text: give calls or text, not both']);
    const batch = await api('POST', '/v1/batch', {
      ops: [{ op: 'step', episodeId: id, text: '<tool_call>{"name": "list_calendars", "arguments": {}}</tool_call>' }],
    });
    expect(batch.body.results[0]).toMatchObject({ status: 200, body: { step: 1, malformed: [], formatErrors: 0 } });
    await api('DELETE', `/v1/episodes/${id}`);
  });
});
