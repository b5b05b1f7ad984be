/**
 * @envfleet/client against a real listening server (the Calendar environment, standalone): every
 * method once, the Episode helper, batch typing, and how failures become EnvfleetError.
 */
import { batchAnswer, EnvfleetClient, EnvfleetError, Episode, isBatchProblem } from '@envfleet/client';
import { calendar } from '../../../environments/office/calendar/src/index.js';
import { buildServer } from '@envfleet/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: FastifyInstance;
let baseUrl: string;
let client: EnvfleetClient;

async function listen(server: FastifyInstance): Promise<string> {
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as { port: number };
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  app = await buildServer({ environments: [calendar], privateMcp: 'single' });
  baseUrl = await listen(app);
  client = new EnvfleetClient({ baseUrl });
});
afterAll(() => app.close());

/** Rejects with an EnvfleetError, returned for its fields. */
async function failure(promise: Promise<unknown>): Promise<EnvfleetError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EnvfleetError);
  return error as EnvfleetError;
}

describe('environments and health', () => {
  it('lists environments and describes one with its default scenario', async () => {
    const { environments } = await client.environments();
    expect(environments.map((env) => env.name)).toEqual(['Calendar']);
    expect(environments[0]?.tools.map((tool) => tool.name)).toContain('list_calendars');
    const detail = await client.environment('Calendar');
    expect(detail).toMatchObject({ name: 'Calendar', domain: 'office', presets: ['demo'] });
    expect(Object.keys(detail.defaultScenario.calendars as object)).toEqual(['primary', 'work']);
  });

  it('answers health and readiness', async () => {
    expect(await client.health()).toEqual({ status: 'ok' });
    expect(await client.ready()).toEqual({ status: 'ready', store: 'memory' });
  });
});

describe('episode routes, by id', () => {
  it('reset, step, snapshot, restore, state, trajectory, fork, evaluate and close', async () => {
    const reset = await client.reset({ servers: ['Calendar'], presets: { Calendar: 'demo' }, seed: 7 });
    expect(reset).toMatchObject({ servers: ['Calendar'], mcpUrl: `${baseUrl}/v1/episodes/${reset.episodeId}/mcp` });
    expect(reset.tools.map((tool) => tool.name)).toContain('Calendar-delete_event');
    const id = reset.episodeId;

    const step = await client.step(id, [
      { name: 'Calendar-delete_event', arguments: { event_id: 'event_1' } },
      { name: 'delete_event', arguments: { event_id: 'event_1' } },
    ]);
    expect(step).toEqual({
      step: 1,
      results: [
        { name: 'Calendar-delete_event', isError: false, content: {} },
        { name: 'Calendar-delete_event', isError: true, content: { message: 'Event event_1 not found' } },
      ],
    });

    const snapshot = await client.snapshot(id);
    expect(snapshot).toEqual({ snapshotId: expect.any(String), step: 1 });
    await client.step(id, [{ name: 'delete_event', arguments: { event_id: 'event_2' } }]);
    expect(await client.restore(id, snapshot.snapshotId)).toEqual({ step: 1 });

    const { state, step: stepsTaken } = await client.state(id);
    expect(stepsTaken).toBe(1);
    const events = (state.Calendar as { events: Record<string, unknown> }).events;
    expect(Object.keys(events)).toContain('event_2');
    expect(Object.keys(events)).not.toContain('event_1');
    const { calls } = await client.trajectory(id);
    expect(calls.map((call) => [call.step, call.name, call.isError])).toEqual([
      [1, 'Calendar-delete_event', false],
      [1, 'Calendar-delete_event', true],
    ]);

    const { episodeIds } = await client.fork(id, 2);
    expect(episodeIds).toHaveLength(2);
    expect((await client.fork(id)).episodeIds).toHaveLength(1);
    expect((await client.state(episodeIds[0]!)).state).toEqual(state);

    const evaluation = await client.evaluate(id, {
      groundTruth: [{ name: 'Calendar-delete_event', arguments: { event_id: 'event_1' } }],
      finalConfig: { Calendar: state.Calendar },
    });
    expect(evaluation).toEqual({
      reward: 0.95,
      trace: 1,
      state: 1,
      lengthPenalty: 0.05,
      formatPenalty: 0,
      tau: 0.5,
      diff: { Calendar: [] },
    });

    expect(await client.close(id)).toMatchObject({ steps: 1, state: { Calendar: state.Calendar } });
    expect((await failure(client.state(id))).status).toBe(404);
  });

  it('runs a batch, typed per op, each op with its own status', async () => {
    const { episodeId } = await client.reset({ servers: ['Calendar'], presets: { Calendar: 'demo' } });
    const { results } = await client.batch([
      { op: 'reset', servers: ['Calendar'] },
      { op: 'step', episodeId, calls: [{ name: 'list_calendars' }] },
      { op: 'state', episodeId: 'ep_missing' },
      { op: 'evaluate', episodeId, groundTruth: [{ name: 'list_calendars' }], finalConfig: {} },
      { op: 'close', episodeId },
    ]);
    expect(results.map((outcome) => outcome.status)).toEqual([201, 200, 404, 200, 200]);

    // The tuple type follows the ops: results[1] is a step outcome, results[4] a close outcome.
    const step = batchAnswer(results[1]);
    expect(step.results[0]).toMatchObject({ name: 'Calendar-list_calendars', isError: false });
    expect(batchAnswer(results[3]).trace).toBe(1);
    expect(batchAnswer(results[4]).steps).toBe(1);
    const reset = batchAnswer(results[0]);
    expect(reset.tools.length).toBeGreaterThan(0);
    await client.close(reset.episodeId);

    expect(isBatchProblem(results[2])).toBe(true);
    expect(isBatchProblem(results[1])).toBe(false);
    const missing = (() => {
      try {
        batchAnswer(results[2], 'batch op 3 (state)');
      } catch (error) {
        return error;
      }
    })() as EnvfleetError;
    expect(missing).toBeInstanceOf(EnvfleetError);
    expect(missing).toMatchObject({ status: 404, title: 'Not Found', request: 'batch op 3 (state)' });
    expect(missing.detail).toContain('ep_missing');
  });
});

describe('Episode', () => {
  it('binds the routes to one episode, and forks into Episodes with the same tools', async () => {
    const episode = await client.episode({ servers: ['Calendar'], presets: { Calendar: 'demo' }, seed: 3 });
    expect(episode).toBeInstanceOf(Episode);
    expect(episode.mcpUrl).toBe(`${baseUrl}/v1/episodes/${episode.episodeId}/mcp`);
    expect(episode.servers).toEqual(['Calendar']);
    expect(episode.tools.map((tool) => tool.name)).toContain('Calendar-search_events');

    const found = await episode.call('search_events', { query: 'retro' });
    expect(found).toMatchObject({ name: 'Calendar-search_events', isError: false });
    expect(JSON.stringify(found.content)).toContain('Sprint retro');
    const snapshot = await episode.snapshot();
    expect((await episode.step([{ name: 'Calendar-delete_event', arguments: { event_id: 'event_11' } }])).step).toBe(2);
    expect(await episode.restore(snapshot.snapshotId)).toEqual({ step: 1 });
    expect((await episode.trajectory()).calls).toHaveLength(1);

    const group = await episode.fork(2);
    expect(group).toHaveLength(2);
    for (const member of group) {
      expect(member.tools).toBe(episode.tools);
      expect(member.mcpUrl).toBe(`${baseUrl}/v1/episodes/${member.episodeId}/mcp`);
      await member.call('Calendar-delete_event', { event_id: 'event_11' });
      const { state: reached } = await member.state();
      const evaluation = await member.evaluate({
        groundTruth: [{ name: 'Calendar-delete_event', arguments: { event_id: 'event_11' } }],
        finalConfig: { Calendar: reached.Calendar },
      });
      expect(evaluation).toMatchObject({ trace: 1, state: 1, lengthPenalty: 0.05 });
      expect((await member.close()).steps).toBe(2);
    }
    // The forks changed nothing in the episode they came from.
    const { state } = await episode.state();
    expect(Object.keys((state.Calendar as { events: object }).events)).toContain('event_11');
    expect((await episode.close()).steps).toBe(1);
  });
});

describe('tool formats and text steps', () => {
  it('lists the tools in OpenAI format and runs a step from model text, counting its malformed calls', async () => {
    const { tools } = await client.tools(['Calendar'], 'openai');
    expect(tools[0]).toMatchObject({ type: 'function', function: { name: 'Calendar-list_calendars' } });
    const verl = await client.tools(['Calendar'], 'verl', { className: 'my_pkg.FleetTool' });
    expect(verl.tools[0]).toMatchObject({ class_name: 'my_pkg.FleetTool', config: { type: 'native', server: 'Calendar' } });

    const episode = await client.episode({ servers: ['Calendar'], presets: { Calendar: 'demo' } });
    const step = await episode.stepText('<tool_call>{"name": "list_calendars", "arguments": {}}</tool_call><tool_call>{}</tool_call>');
    expect(step).toMatchObject({ step: 1, results: [{ name: 'Calendar-list_calendars', isError: false }], formatErrors: 1 });
    expect(step.malformed).toEqual([{ text: '{}', reason: 'no "name"' }]);
    await episode.close();
  });
});

describe('tasks', () => {
  it('imports EnvFactory-RL rows, resets from a task and scores against it with an empty body', async () => {
    const { state } = await client.state((await client.reset({ servers: ['Calendar'], presets: { Calendar: 'demo' } })).episodeId);
    const { taskIds } = await client.importTasks([
      {
        id: 'client-task',
        reward_model: { ground_truth: [{ name: 'Calendar-delete_event', arguments: { event_id: 'event_1' } }] },
        extra_info: {
          mcp_factory_kwargs: { mcp_servers: ['Calendar'], initial_config: { Calendar: state.Calendar }, final_config: { Calendar: {} } },
        },
      },
    ]);
    expect(taskIds).toEqual(['client-task']);
    const episode = await client.episode({ taskId: 'client-task' });
    await episode.call('Calendar-delete_event', { event_id: 'event_1' });
    expect(await episode.evaluate({})).toMatchObject({ trace: 1, state: 0, reward: 0.5 });
    expect((await failure(client.reset({ taskId: 'nope' }))).status).toBe(404);
  });
});

describe('failures become EnvfleetError', () => {
  it('404: unknown episode, environment and snapshot, with the server detail', async () => {
    const missingEpisode = await failure(client.step('ep_nope', [{ name: 'list_calendars' }]));
    expect(missingEpisode).toMatchObject({ status: 404, title: 'Not Found', issues: [], request: 'POST /v1/episodes/ep_nope/step' });
    expect(missingEpisode.detail).toContain('Episode ep_nope not found');
    expect(missingEpisode.message).toBe(`POST /v1/episodes/ep_nope/step failed: 404 Not Found — ${missingEpisode.detail}`);

    expect((await failure(client.environment('Calender'))).detail).toContain('Unknown environment "Calender"');
    expect((await failure(client.reset({ servers: ['Calender'] }))).detail).toContain('did you mean "Calendar"?');
    const episode = await client.episode({ servers: ['Calendar'] });
    expect((await failure(episode.restore('snap_nope'))).status).toBe(404);
    await episode.close();
  });

  it('400: the issues of a body the server refuses, and nothing changed', async () => {
    const noServers = await failure(client.reset({ servers: [] }));
    expect(noServers).toMatchObject({ status: 400, title: 'Bad Request', issues: ['servers: name at least one server'] });

    const episode = await client.episode({ servers: ['Calendar'] });
    const noCalls = await failure(episode.step([]));
    expect(noCalls).toMatchObject({ status: 400, issues: ['calls: send at least one call'] });
    const badFork = await failure(episode.fork(0));
    expect(badFork.issues).toHaveLength(1);
    expect(badFork.issues[0]).toMatch(/^count: /);
    expect(await episode.state()).toMatchObject({ step: 0 });
    expect((await episode.trajectory()).calls).toEqual([]);
    await episode.close();
  });

  it('a failing tool is not an error: isError inside the step answer', async () => {
    const episode = await client.episode({ servers: ['Calendar'] });
    const result = await episode.call('Calendar-list_event');
    expect(result).toMatchObject({ isError: true, content: { message: expect.stringContaining('did you mean "Calendar-list_events"?') } });
    await episode.close();
  });

  it('no answer at all: status 0 and a message that says where it tried', async () => {
    const spare = await buildServer({ environments: [calendar], privateMcp: 'single' });
    const closedUrl = await listen(spare);
    await spare.close();
    const error = await failure(new EnvfleetClient({ baseUrl: closedUrl }).health());
    expect(error).toMatchObject({ status: 0, title: 'No answer' });
    expect(error.detail).toContain(`could not reach ${closedUrl}`);
    expect(error.cause).toBeDefined();
  });

  it('an answer that is not problem+json (a proxy page) still names the status', async () => {
    const proxy: typeof fetch = async () => new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    const error = await failure(new EnvfleetClient({ baseUrl, fetch: proxy }).environments());
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', detail: '<html>Bad Gateway</html>', issues: [] });

    const notJson: typeof fetch = async () => new Response('hello', { status: 200 });
    expect((await failure(new EnvfleetClient({ baseUrl, fetch: notJson }).health())).detail).toContain('expected a JSON answer');
  });

  it('refuses a base URL that is not absolute, saying what to give', () => {
    for (const baseUrl of ['127.0.0.1:8080', 'localhost:8080', '/v1']) {
      expect(() => new EnvfleetClient({ baseUrl })).toThrow(
        `EnvfleetClient baseUrl "${baseUrl}" is not an http(s) URL: give one like http://127.0.0.1:8080`,
      );
    }
  });
});

describe('token', () => {
  let guarded: FastifyInstance;
  let guardedUrl: string;
  beforeAll(async () => {
    guarded = await buildServer({ environments: [calendar], privateMcp: 'single', token: 'sekret-token' });
    guardedUrl = await listen(guarded);
  });
  afterAll(() => guarded.close());

  it('sends "Authorization: Bearer <token>" on every request', async () => {
    const seen: (string | null)[] = [];
    const spy: typeof fetch = async (input, init) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      return fetch(input, init);
    };
    const authorized = new EnvfleetClient({ baseUrl: `${guardedUrl}/`, token: 'sekret-token', fetch: spy });
    const episode = await authorized.episode({ servers: ['Calendar'] });
    await episode.call('list_calendars');
    await episode.close();
    expect(seen).toEqual(['Bearer sekret-token', 'Bearer sekret-token', 'Bearer sekret-token']);
  });

  it('without the token the server answers 401, explained', async () => {
    const error = await failure(new EnvfleetClient({ baseUrl: guardedUrl }).environments());
    expect(error).toMatchObject({ status: 401, title: 'Unauthorized' });
    expect(error.detail).toContain('ENVFLEET_TOKEN');
    // Health checks stay open, so probes need no token.
    expect(await new EnvfleetClient({ baseUrl: guardedUrl }).health()).toEqual({ status: 'ok' });
  });
});
