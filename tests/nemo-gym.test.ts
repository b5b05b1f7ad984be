/**
 * /nemo-gym/<Server[,Server…]>/: a gateway's servers as a NeMo Gym resources server, driven by a
 * client written from NeMo Gym's own message shapes (NVIDIA-NeMo/Gym at 07d6b0d0,
 * `responses_api_agents/simple_agent/app.py` `run`): the row to `/seed_session`, the cookies of
 * each answer passed by hand to the next request (its aiohttp client keeps no jar), each function
 * call's parsed arguments to `POST /{name}`, and the row plus `response` to `/verify`.
 */
import { buildGateway } from '@envfleet/gateway';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retail } from '../environments/commerce/retail/src/index.js';
import { calendar } from '../environments/office/calendar/src/index.js';
import { http } from './support/http.js';
import { listenOnLoopback } from './support/listen.js';

let app: FastifyInstance;
let base: string;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  app = await buildGateway({ environments: [calendar, retail], server: { reaperIntervalMs: 0 } });
  base = await listenOnLoopback(app);
  api = http(base);
});
afterAll(() => app.close());

const episodes = () => app.engine.store.size();

/** What NeMo Gym's agent holds between calls: the cookies of the last answer (`response.cookies`). */
type Cookies = Record<string, string>;

interface Answer {
  status: number;
  body: any;
  cookies: Cookies;
}

/** One `server_client.post(server_name, url_path, json, cookies)`: the cookies go as a Cookie header. */
async function post(path: string, json: unknown, cookies: Cookies = {}): Promise<Answer> {
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(json),
  });
  const received: Cookies = {};
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    received[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const text = await response.text();
  // aiohttp's response.cookies holds only what this answer set; the agent then sends those.
  return { status: response.status, body: text ? JSON.parse(text) : undefined, cookies: received };
}

/** A row as a NeMo Gym dataset line: what the model is asked, plus the fleet's own field. */
function row(envfleet?: Record<string, unknown>): Record<string, unknown> {
  return {
    responses_create_params: { input: [{ role: 'user', content: 'Book a dentist appointment on 2 March at 9.' }] },
    task_index: 0,
    ...(envfleet ? { envfleet } : {}),
  };
}

/** The model's final answer, as NeMo Gym's agent puts it in the verify request (`response`). */
const RESPONSE = { id: 'resp_1', output: [{ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Done.' }] }] };

const DENTIST = { summary: 'Dentist', start_time: '2026-03-02T09:00:00Z', end_time: '2026-03-02T10:00:00Z' };

describe('/nemo-gym/Calendar: a rollout as simple_agent runs one', () => {
  it('seeds a session, calls tools by route with its cookie, and verifies with the reward', async () => {
    const before = await episodes();
    const seeded = await post('/nemo-gym/Calendar/seed_session', row());
    expect(seeded.status).toBe(200);
    const cookies = seeded.cookies;
    expect(Object.keys(cookies)).toEqual(['envfleet_nemo_gym.Calendar']);
    expect(seeded.body.episodeId).toBe(cookies['envfleet_nemo_gym.Calendar']);
    expect(seeded.body.mcp_url_path).toBe(`/v1/episodes/${seeded.body.episodeId}/mcp`);
    expect(await episodes()).toBe(before + 1);

    const created = await post('/nemo-gym/Calendar/create_event', DENTIST, cookies);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ ...DENTIST, event_id: expect.stringMatching(/^event_\d+$/) });
    const listed = await post('/nemo-gym/Calendar/list_calendars', {}, cookies);
    expect(listed.status).toBe(200);
    expect(Array.isArray(listed.body) || typeof listed.body === 'object').toBe(true);

    // The ground truth's final state is the one this rollout reached: full credit for the state.
    const { body: state } = await api('GET', `/v1/episodes/${seeded.body.episodeId}/state`);
    const truth = {
      groundTruth: [{ name: 'Calendar-create_event', arguments: DENTIST }],
      finalConfig: { Calendar: state.state.Calendar },
    };
    const verifyRequest = { ...row(truth), response: RESPONSE };
    const verified = await post('/nemo-gym/Calendar/verify', verifyRequest, cookies);
    expect(verified.status).toBe(200);
    // BaseVerifyResponse: the request as sent, plus the reward.
    expect(verified.body).toMatchObject({ ...verifyRequest, reward: expect.any(Number) });
    expect(verified.body.evaluation).toMatchObject({ trace: 1, state: 1 });
    expect(verified.body.reward).toBe(verified.body.evaluation.reward);
    expect(verified.body.reward).toBeGreaterThan(0.5);

    // A ground truth the rollout did not follow scores less, on the same session.
    const wrong = {
      ...row({ groundTruth: [{ name: 'Calendar-delete_event', arguments: { event_id: 'event_9' } }], finalConfig: {} }),
      response: RESPONSE,
    };
    const scored = await post('/nemo-gym/Calendar/verify', wrong, cookies);
    expect(scored.status).toBe(200);
    expect(scored.body.reward).toBeLessThan(verified.body.reward);
  });

  it('seeds from a scenario, a preset, or a stored task scored by its own ground truth', async () => {
    const scenario = {
      calendars: { home: { calendar_id: 'home', calendar_name: 'Home', timezone: 'Europe/Lisbon', is_primary: true } },
      events: {},
      default_calendar_id: 'home',
      event_id_counter: 1,
    };
    const fromScenario = await post('/nemo-gym/Calendar/seed_session', row({ scenario: { Calendar: scenario } }));
    expect(fromScenario.status).toBe(200);
    const homeEvent = await post('/nemo-gym/Calendar/create_event', DENTIST, fromScenario.cookies);
    expect(homeEvent.body).toMatchObject({ calendar_id: 'home', event_id: 'event_1' });

    const fromPreset = await post('/nemo-gym/Calendar/seed_session', row({ presets: { Calendar: 'demo' }, seed: 3 }));
    const v1 = await api('POST', '/v1/episodes', { servers: ['Calendar'], presets: { Calendar: 'demo' }, seed: 3 });
    const presetState = await api('GET', `/v1/episodes/${fromPreset.body.episodeId}/state`);
    const v1State = await api('GET', `/v1/episodes/${v1.body.episodeId}/state`);
    expect(presetState.body.state).toEqual(v1State.body.state);
    await api('DELETE', `/v1/episodes/${v1.body.episodeId}`);

    const { body: environment } = await api('GET', '/v1/environments/Calendar');
    const initial = environment.defaultScenario;
    const task = {
      id: 'nemo-list',
      reward_model: { style: 'rule', ground_truth: JSON.stringify([{ name: 'Calendar-list_calendars', arguments: {} }]) },
      extra_info: {
        index: 0,
        mcp_factory_kwargs: {
          mcp_servers: '["Calendar"]',
          initial_config: JSON.stringify({ Calendar: initial }),
          final_config: JSON.stringify({ Calendar: initial }),
        },
      },
    };
    expect((await api('POST', '/v1/tasks', { tasks: [task] })).status).toBe(201);
    const fromTask = await post('/nemo-gym/Calendar/seed_session', row({ taskId: 'nemo-list' }));
    expect(fromTask.status).toBe(200);
    expect((await post('/nemo-gym/Calendar/list_calendars', {}, fromTask.cookies)).status).toBe(200);
    // Nothing but the row in verify: the task's ground truth and final state score it.
    const verified = await post('/nemo-gym/Calendar/verify', { ...row({ taskId: 'nemo-list' }), response: RESPONSE }, fromTask.cookies);
    expect(verified.status).toBe(200);
    expect(verified.body.evaluation).toMatchObject({ trace: 1, state: 1, reward: 1 });
    expect(verified.body.reward).toBe(1);

    // A task of other servers is refused at this path, and nothing is opened.
    const count = await episodes();
    const elsewhere = await post('/nemo-gym/Calendar,Retail/seed_session', row({ taskId: 'nemo-list' }));
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.detail).toContain('/nemo-gym/Calendar/seed_session');
    expect(await episodes()).toBe(count);
  });

  it('answers an unknown tool with 404 and bad arguments with the tool message, leaving the state as it was', async () => {
    const { cookies, body: seeded } = await post('/nemo-gym/Calendar/seed_session', row());
    const trajectory = async () => (await api('GET', `/v1/episodes/${seeded.episodeId}/trajectory`)).body;
    const stateNow = async () => (await api('GET', `/v1/episodes/${seeded.episodeId}/state`)).body.state;
    const stateBefore = await stateNow();
    const callsBefore = JSON.stringify(await trajectory());

    const unknown = await post('/nemo-gym/Calendar/create_evnt', DENTIST, cookies);
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('Unknown tool "create_evnt" — did you mean "create_event"?');
    expect(JSON.stringify(await trajectory())).toBe(callsBefore);

    const bad = await post('/nemo-gym/Calendar/create_event', { summary: 'Dentist' }, cookies);
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/start_time/);
    expect(await stateNow()).toEqual(stateBefore);
  });

  it('refuses tool calls and verify before seed_session, naming the route that starts a session', async () => {
    const verify = await post('/nemo-gym/Calendar/verify', { ...row(), response: RESPONSE });
    expect(verify.status).toBe(400);
    expect(verify.body.detail).toContain('No session');
    expect(verify.body.detail).toContain('POST /nemo-gym/Calendar/seed_session');
    const call = await post('/nemo-gym/Calendar/list_calendars', {});
    expect(call.status).toBe(400);
    expect(call.body.detail).toContain('envfleet_nemo_gym.Calendar');
    const forged = await post('/nemo-gym/Calendar/list_calendars', {}, { 'envfleet_nemo_gym.Calendar': 'not-an-episode' });
    expect(forged.status).toBe(400);
  });

  it('ends the session with its episode once it sits idle past its TTL, and closes a session seeded over', async () => {
    const { cookies, body } = await post('/nemo-gym/Calendar/seed_session', row({ ttlSeconds: 1 }));
    expect(await app.engine.store.get(body.episodeId)).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const late = await post('/nemo-gym/Calendar/list_calendars', {}, cookies);
    expect(late.status).toBe(404);
    expect(late.body.detail).toContain('This session has ended');
    expect(await app.engine.store.get(body.episodeId)).toBeUndefined();
    const lateVerify = await post('/nemo-gym/Calendar/verify', { ...row(), response: RESPONSE }, cookies);
    expect(lateVerify.status).toBe(404);

    // Seeding again with a live session's cookie starts over: the old episode is closed, not left behind.
    const first = await post('/nemo-gym/Calendar/seed_session', row());
    const second = await post('/nemo-gym/Calendar/seed_session', row(), first.cookies);
    expect(second.body.episodeId).not.toBe(first.body.episodeId);
    expect(await app.engine.store.get(first.body.episodeId)).toBeUndefined();
    expect(await app.engine.store.get(second.body.episodeId)).toBeDefined();
  });

  it('refuses a bad row or an unknown server without opening anything', async () => {
    const count = await episodes();
    const typo = await post('/nemo-gym/Calendar/seed_session', row({ sed: 1 }));
    expect(typo.status).toBe(400);
    expect(typo.body.detail).toContain('envfleet');
    expect(typo.body.detail).toContain('sed');
    const notARow = await post('/nemo-gym/Calendar/seed_session', [1, 2]);
    expect(notARow.status).toBe(400);
    const badScenario = await post('/nemo-gym/Calendar/seed_session', row({ scenario: { Calendar: { events: 'none' } } }));
    expect(badScenario.status).toBe(400);
    const unknownServer = await post('/nemo-gym/Calender/seed_session', row());
    expect(unknownServer.status).toBe(404);
    expect(unknownServer.body.detail).toContain('Calendar');
    expect(Object.keys(unknownServer.cookies)).toEqual([]);
    expect(await episodes()).toBe(count);
  });
});

describe('/nemo-gym/Calendar,Retail: a set of servers as one resources server', () => {
  it('routes Server-tool names, keeps its own cookie, and answers the liveness poll', async () => {
    expect((await api('GET', '/nemo-gym/Calendar,Retail')).body).toEqual({ status: 'ok' });
    const seeded = await post('/nemo-gym/Calendar,Retail/seed_session', row());
    expect(seeded.status).toBe(200);
    expect(seeded.body.servers).toEqual(['Calendar', 'Retail']);
    expect(Object.keys(seeded.cookies)).toEqual(['envfleet_nemo_gym.Calendar.Retail']);
    const listed = await post('/nemo-gym/Calendar,Retail/Calendar-list_calendars', {}, seeded.cookies);
    expect(listed.status).toBe(200);
    // A bare name is ambiguous across servers, as in a step of a many-server episode.
    const bare = await post('/nemo-gym/Calendar,Retail/list_calendars', {}, seeded.cookies);
    expect(bare.status).toBe(404);
    expect(bare.body.detail).toContain('Calendar-list_calendars');
    // The one-server path does not take this session's cookie as its own.
    const other = await post('/nemo-gym/Calendar/list_calendars', {}, seeded.cookies);
    expect(other.status).toBe(400);
  });
});

describe('/nemo-gym/Calendar/aggregate_metrics', () => {
  it("answers the rollout collection's metrics request as NeMo Gym's default profile does", async () => {
    const verify_responses = [
      { _ng_task_index: 0, _ng_rollout_index: 0, reward: 1, resolved: true, response: { usage: { output_tokens: 10 } } },
      { _ng_task_index: 0, _ng_rollout_index: 1, reward: 0, resolved: false, response: { usage: { output_tokens: 30 } } },
      { _ng_task_index: 1, _ng_rollout_index: 0, reward: 0.5, resolved: false },
    ];
    const { status, body } = await post('/nemo-gym/Calendar/aggregate_metrics', { verify_responses });
    expect(status).toBe(200);
    expect(body.agent_metrics).toMatchObject({
      'mean/reward': 0.5,
      'max/reward': 1,
      'min/reward': 0,
      'median/reward': 0.5,
      'std/reward': 0.5,
    });
    expect(body.agent_metrics['mean/resolved']).toBeCloseTo(1 / 3);
    expect(body.agent_metrics['mean/output_tokens']).toBe(20);
    expect(body.key_metrics).toEqual(Object.fromEntries(Object.entries(body.agent_metrics).filter(([key]) => key.startsWith('mean/'))));
    expect(body.group_level_metrics).toEqual([
      expect.objectContaining({ _ng_task_index: 0, 'mean/reward': 0.5, 'std/reward': Math.SQRT1_2 }),
      expect.objectContaining({ _ng_task_index: 1, 'mean/reward': 0.5, 'std/reward': 0 }),
    ]);
    expect(body.agent_metrics['mean/_ng_task_index']).toBeUndefined();

    const empty = await post('/nemo-gym/Calendar/aggregate_metrics', { verify_responses: [] });
    expect(empty.body).toEqual({ group_level_metrics: [], agent_metrics: {}, key_metrics: {} });
    const bad = await post('/nemo-gym/Calendar/aggregate_metrics', { verify_responses: 3 });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('verify_responses');
  });
});

describe('/nemo-gym in the OpenAPI document', () => {
  it('lists the routes, under their own tag', async () => {
    const { body } = await api('GET', '/docs/openapi.json');
    for (const route of ['seed_session', 'verify', 'aggregate_metrics', '{tool}']) {
      expect(body.paths[`/nemo-gym/{servers}/${route}`].post.tags).toEqual(['NeMo Gym']);
    }
  });
});

describe('/nemo-gym behind ENVFLEET_TOKEN', () => {
  it('asks for the bearer token like every guarded route, and opens nothing without it', async () => {
    const guarded = await buildGateway({ environments: [calendar], server: { token: 's3cret', reaperIntervalMs: 0 } });
    try {
      await guarded.listen({ port: 0, host: '127.0.0.1' });
      const url = `http://127.0.0.1:${(guarded.server.address() as { port: number }).port}/nemo-gym/Calendar/seed_session`;
      const send = (headers: Record<string, string>) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(row()) });
      const denied = await send({});
      expect(denied.status).toBe(401);
      expect(denied.headers.getSetCookie()).toEqual([]);
      expect(await guarded.engine.store.size()).toBe(0);
      expect((await send({ authorization: 'Bearer s3cret' })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
