/**
 * /openenv/{Server[,Server…]}/: OpenEnv's environment protocol, driven by a client written from
 * OpenEnv's own message shapes (`env_client.py`: `{type: reset|step|state|close, data}` on `/ws`;
 * `mcp_client.py`: `{type: "list_tools"}` and `{type: "call_tool", tool_name, arguments}` as a
 * step's data) over a real WebSocket, and over plain HTTP (`/reset`, `/step`, `/state`).
 */
import { buildServer } from '@envfleet/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { retail } from '../environments/commerce/retail/src/index.js';
import { calendar } from '../environments/office/calendar/src/index.js';
import { http } from './support/http.js';
import { listenOnLoopback } from './support/listen.js';

let app: FastifyInstance;
let base: string;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  app = await buildServer({ environments: [calendar, retail], privateMcp: 'per-server' });
  base = await listenOnLoopback(app);
  api = http(base);
});
afterAll(() => app.close());

const episodes = () => app.engine.store.size();

/** Waits until `check` holds (the server closes an episode after the socket event reaches it). */
async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** OpenEnv's `EnvClient`, message for message: send one JSON message, read one answer. */
class OpenEnvClient {
  readonly #answers: unknown[] = [];
  readonly #waiting: ((answer: unknown) => void)[] = [];
  closed: Promise<number>;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (raw) => {
      const answer = JSON.parse(raw.toString());
      const waiter = this.#waiting.shift();
      if (waiter) waiter(answer);
      else this.#answers.push(answer);
    });
    this.closed = new Promise((resolve) => ws.on('close', (code) => resolve(code)));
  }

  /** `convert_to_ws_url(base_url) + "/ws"`. */
  static async connect(path: string): Promise<OpenEnvClient> {
    const ws = new WebSocket(`${base.replace('http://', 'ws://')}${path}/ws`);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new OpenEnvClient(ws);
  }

  async send(message: unknown): Promise<any> {
    const answer = new Promise((resolve) => {
      const queued = this.#answers.shift();
      if (queued !== undefined) resolve(queued);
      else this.#waiting.push(resolve);
    });
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
    return answer;
  }

  reset(data: Record<string, unknown> = {}) {
    return this.send({ type: 'reset', data });
  }
  listTools() {
    return this.send({ type: 'step', data: { type: 'list_tools' } });
  }
  callTool(toolName: string, args: Record<string, unknown> = {}) {
    return this.send({ type: 'step', data: { type: 'call_tool', tool_name: toolName, arguments: args } });
  }
  state() {
    return this.send({ type: 'state' });
  }
  /** `disconnect()`: says close, then closes its side. */
  async close(): Promise<number> {
    this.ws.send(JSON.stringify({ type: 'close' }));
    return this.closed;
  }
}

describe('/openenv/{Server}/ws', () => {
  it('resets, lists tools, calls one, reads the state, and closes: the episode is gone after', async () => {
    const before = await episodes();
    const env = await OpenEnvClient.connect('/openenv/Calendar');

    const reset = await env.reset({ preset: 'demo', seed: 1 });
    expect(reset.type).toBe('observation');
    expect(reset.data).toMatchObject({ reward: null, done: false, observation: { metadata: { servers: ['Calendar'] } } });
    const episodeId = reset.data.observation.metadata.episode_id;
    expect(episodeId).toMatch(/^ep_/);
    expect(await episodes()).toBe(before + 1);

    const listed = await env.listTools();
    expect(listed.type).toBe('observation');
    const names = listed.data.observation.tools.map((tool: { name: string }) => tool.name);
    expect(names).toContain('list_calendars');
    expect(listed.data.observation.tools[0]).toEqual({
      name: expect.any(String),
      description: expect.any(String),
      input_schema: expect.objectContaining({ type: 'object' }),
    });

    const called = await env.callTool('list_calendars');
    expect(called.type).toBe('observation');
    const observation = called.data.observation;
    expect(observation).toMatchObject({ tool_name: 'list_calendars', error: null, result: { is_error: false } });
    // MCPToolClient.call_tool returns result["data"]: the tool's own answer.
    const { state: world } = await app.engine.state(episodeId);
    expect(JSON.stringify(observation.result.data)).toContain(Object.keys((world.Calendar as { calendars: object }).calendars)[0]);
    expect(observation.result.content[0].type).toBe('text');

    const state = await env.state();
    expect(state.type).toBe('state');
    expect(state.data).toMatchObject({ episode_id: episodeId, step_count: 1, servers: ['Calendar'] });
    expect(state.data.state.Calendar).toEqual(world.Calendar);

    expect(await env.close()).toBe(1000);
    expect(await episodes()).toBe(before);
    await expect(app.engine.state(episodeId)).rejects.toThrow(/not found|Unknown|closed/i);
  });

  it('answers an unknown tool and bad arguments as call_tool errors, and keeps the session', async () => {
    const env = await OpenEnvClient.connect('/openenv/Calendar');
    await env.reset({ preset: 'demo' });

    const unknown = await env.callTool('no_such_tool');
    expect(unknown.type).toBe('observation');
    expect(unknown.data.observation).toMatchObject({ tool_name: 'no_such_tool', result: null, error: { error_type: 'tool_not_found' } });
    expect(unknown.data.observation.error.message).toContain('no_such_tool');

    const badArguments = await env.callTool('create_event', { summary: 7 });
    expect(badArguments.type).toBe('observation');
    expect(badArguments.data.observation.result).toBeNull();
    expect(badArguments.data.observation.error.error_type).toMatch(/invalid_args|execution_error/);
    expect(badArguments.data.observation.error.message).not.toBe('');

    // arguments that are not an object are refused before anything runs.
    const notAnObject = await env.send({ type: 'step', data: { type: 'call_tool', tool_name: 'list_calendars', arguments: [1] } });
    expect(notAnObject).toMatchObject({ type: 'error', data: { code: 'VALIDATION_ERROR' } });
    expect(notAnObject.data.errors.join('\n')).toContain('arguments');

    // Both failed calls are on the record (they count against the reward), the refused one is not.
    expect((await env.state()).data.step_count).toBe(2);
    expect((await env.callTool('list_calendars')).data.observation.error).toBeNull();
    await env.close();
  });

  it('refuses messages out of order or malformed with error messages on a socket that stays open', async () => {
    const env = await OpenEnvClient.connect('/openenv/Calendar');
    const before = await episodes();

    // Tools can be listed before any reset (OpenEnv: discovery needs no reset); a call cannot.
    expect((await env.listTools()).data.observation.tools.length).toBeGreaterThan(0);
    const early = await env.callTool('list_calendars');
    expect(early).toMatchObject({ type: 'error', data: { code: 'EXECUTION_ERROR' } });
    expect(early.data.message).toMatch(/reset first/i);
    expect((await env.state()).data).toMatchObject({ episode_id: null, step_count: 0 });

    expect(await env.send('{not json')).toMatchObject({ type: 'error', data: { code: 'INVALID_JSON' } });
    expect(await env.send({ type: 'render' })).toMatchObject({ type: 'error', data: { code: 'UNKNOWN_TYPE' } });
    expect(await env.send({ type: 'step' })).toMatchObject({ type: 'error', data: { code: 'VALIDATION_ERROR' } });
    const badAction = await env.send({ type: 'step', data: { type: 'fly' } });
    expect(badAction).toMatchObject({ type: 'error', data: { code: 'VALIDATION_ERROR' } });
    const badReset = await env.reset({ presets: { Calendar: 'no-such-preset' } });
    expect(badReset).toMatchObject({ type: 'error', data: { code: 'EXECUTION_ERROR' } });
    expect(badReset.data.message).toContain('no-such-preset');
    const typo = await env.reset({ scenari: {} });
    expect(typo).toMatchObject({ type: 'error', data: { code: 'VALIDATION_ERROR' } });
    expect(typo.data.errors.join('\n')).toContain('scenari');
    expect(await episodes()).toBe(before);

    // Still usable after all of that.
    expect((await env.reset({ preset: 'demo' })).type).toBe('observation');
    await env.close();
  });

  it('closes the episode when the socket drops without a close message', async () => {
    const before = await episodes();
    const env = await OpenEnvClient.connect('/openenv/Calendar');
    await env.reset({ preset: 'demo' });
    await env.callTool('list_calendars');
    expect(await episodes()).toBe(before + 1);
    env.ws.terminate();
    await eventually(async () => (await episodes()) === before);
  });

  it('replaces the episode on a second reset, closing the first', async () => {
    const before = await episodes();
    const env = await OpenEnvClient.connect('/openenv/Calendar');
    const first = (await env.reset({ preset: 'demo' })).data.observation.metadata.episode_id;
    const second = (await env.reset({})).data.observation.metadata.episode_id;
    expect(second).not.toBe(first);
    expect(await episodes()).toBe(before + 1);
    await expect(app.engine.state(first)).rejects.toThrow();
    await env.close();
  });

  it('serves a set of servers on one path, with Server-tool names', async () => {
    const env = await OpenEnvClient.connect('/openenv/Calendar,Retail');
    const reset = await env.reset({ presets: { Calendar: 'demo', Retail: 'demo' } });
    expect(reset.data.observation.metadata.servers).toEqual(['Calendar', 'Retail']);
    const names = (await env.listTools()).data.observation.tools.map((tool: { name: string }) => tool.name);
    expect(names).toContain('Calendar-list_calendars');
    expect(names.some((name: string) => name.startsWith('Retail-'))).toBe(true);
    expect((await env.callTool('Calendar-list_calendars')).data.observation.error).toBeNull();
    await env.close();
  });

  it('scores each call against the ground truth: reward from evaluate, done once every ground-truth call is made', async () => {
    const { body } = await api('GET', '/v1/environments/Calendar');
    const env = await OpenEnvClient.connect('/openenv/Calendar');
    await env.reset({
      scenario: { Calendar: body.defaultScenario },
      ground_truth: [{ name: 'Calendar-list_calendars', arguments: {} }],
      final_config: { Calendar: body.defaultScenario },
    });
    const other = await env.callTool('list_events', {});
    expect(other.data).toMatchObject({ done: false });
    expect(typeof other.data.reward).toBe('number');
    const right = await env.callTool('list_calendars');
    expect(right.data.done).toBe(true);
    expect(right.data.reward).toBeGreaterThan(other.data.reward);
    expect((await env.state()).data).toMatchObject({ done: true, reward: right.data.reward });

    // Half a ground truth is refused, and the session keeps its episode.
    const half = await env.reset({ ground_truth: [] });
    expect(half).toMatchObject({ type: 'error', data: { code: 'VALIDATION_ERROR' } });
    expect(half.data.message).toContain('final_config');
    expect((await env.state()).data.step_count).toBe(2);
    await env.close();
  });

  it('resets from a stored task, and refuses a task whose servers the path does not serve', async () => {
    const { body } = await api('GET', '/v1/environments/Calendar');
    const initial = JSON.stringify({ Calendar: body.defaultScenario });
    const imported = await api('POST', '/v1/tasks', {
      tasks: [
        {
          data_source: 'envfactory',
          prompt: [{ role: 'user', content: 'Which calendars do I have?' }],
          reward_model: { style: 'rule', ground_truth: JSON.stringify([{ name: 'Calendar-list_calendars', arguments: {} }]) },
          extra_info: {
            index: 'oe-1',
            mcp_factory_kwargs: { mcp_servers: '["Calendar"]', initial_config: initial, final_config: initial },
          },
        },
      ],
    });
    expect(imported.status).toBe(201);

    const env = await OpenEnvClient.connect('/openenv/Calendar');
    const reset = await env.reset({ task_id: 'oe-1' });
    expect(reset.data.observation.metadata).toMatchObject({ task_id: 'oe-1', servers: ['Calendar'] });
    const called = await env.callTool('list_calendars');
    expect(called.data).toMatchObject({ done: true, reward: 1 });
    await env.close();

    const retailOnly = await OpenEnvClient.connect('/openenv/Retail');
    const refused = await retailOnly.reset({ task_id: 'oe-1' });
    expect(refused).toMatchObject({ type: 'error', data: { code: 'VALIDATION_ERROR' } });
    expect(refused.data.message).toContain('/openenv/Calendar/');
    await retailOnly.close();
  });

  it('answers MCP JSON-RPC messages on the session', async () => {
    const env = await OpenEnvClient.connect('/openenv/Calendar');
    await env.reset({ preset: 'demo' });
    const listed = await env.send({ type: 'mcp', data: { jsonrpc: '2.0', id: 1, method: 'tools/list' } });
    expect(listed).toMatchObject({ type: 'mcp', data: { jsonrpc: '2.0', id: 1 } });
    expect(listed.data.result.tools.map((tool: { name: string }) => tool.name)).toContain('list_calendars');
    const called = await env.send({
      type: 'mcp',
      data: { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'list_calendars', arguments: {} } },
    });
    expect(called.data.result.isError).toBe(false);
    expect(called.data.result.content[0].text).toContain('calendar_id');
    const unknown = await env.send({ type: 'mcp', data: { jsonrpc: '2.0', id: 3, method: 'resources/list' } });
    expect(unknown.data.error).toMatchObject({ code: -32601 });
    await env.close();
  });

  it('refuses the upgrade for a server that is not here, naming the ones that are', async () => {
    const ws = new WebSocket(`${base.replace('http://', 'ws://')}/openenv/Nowhere/ws`);
    const status = await new Promise<number>((resolve) =>
      ws.once('unexpected-response', (request, response) => {
        request.destroy(); // as a client does after a refused handshake
        resolve(response.statusCode ?? 0);
      }),
    );
    expect(status).toBe(404);
    const described = await api('GET', '/openenv/Nowhere/health');
    expect(described.status).toBe(404);
    expect(described.body.detail).toContain('Calendar');
  });
});

describe('/openenv/{Server}/ over plain HTTP', () => {
  it('serves health, schema and metadata', async () => {
    expect((await api('GET', '/openenv/Calendar/health')).body).toEqual({ status: 'healthy' });
    const schema = (await api('GET', '/openenv/Calendar/schema')).body;
    expect(Object.keys(schema).sort()).toEqual(['action', 'observation', 'state']);
    expect(JSON.stringify(schema.action)).toContain('call_tool');
    const metadata = (await api('GET', '/openenv/Calendar/metadata')).body;
    expect(metadata).toMatchObject({ name: 'Calendar', description: expect.stringContaining('Calendar') });
  });

  it('keys sessions by the episode id a reset answers: step and state name it', async () => {
    const before = await episodes();
    const reset = await api('POST', '/openenv/Calendar/reset', { preset: 'demo' });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ reward: null, done: false });
    const episodeId = reset.body.observation.metadata.episode_id;

    const step = await api('POST', '/openenv/Calendar/step', {
      action: { type: 'call_tool', tool_name: 'list_calendars', arguments: {} },
      episode_id: episodeId,
    });
    expect(step.status).toBe(200);
    expect(step.body.observation).toMatchObject({ tool_name: 'list_calendars', error: null });

    const state = await api('GET', `/openenv/Calendar/state?episode_id=${episodeId}`);
    expect(state.body).toMatchObject({ episode_id: episodeId, step_count: 1 });

    const tools = await api('POST', '/openenv/Calendar/step', { action: { type: 'list_tools' } });
    expect(tools.body.observation.tools.length).toBeGreaterThan(0);

    const nameless = await api('POST', '/openenv/Calendar/step', { action: { type: 'call_tool', tool_name: 'list_calendars' } });
    expect(nameless.status).toBe(400);
    expect(nameless.body.detail).toContain('episode_id');
    const unknown = await api('GET', '/openenv/Calendar/state?episode_id=ep_nope');
    expect(unknown.status).toBe(404);
    const badAction = await api('POST', '/openenv/Calendar/step', { action: { type: 'fly' }, episode_id: episodeId });
    expect(badAction.status).toBe(400);
    const otherPath = await api('GET', `/openenv/Retail/state?episode_id=${episodeId}`);
    expect(otherPath.status).toBe(404);
    expect(await episodes()).toBe(before + 1);
  });
});

describe('HTTP sessions idle past the timeout', () => {
  it('are closed with their episodes', async () => {
    const idle = await buildServer({ environments: [calendar], privateMcp: 'per-server', ttlSeconds: 1, reaperIntervalMs: 0 });
    try {
      const opened = await idle.inject({ method: 'POST', url: '/openenv/Calendar/reset', payload: { preset: 'demo' } });
      const episodeId = opened.json().observation.metadata.episode_id;
      expect(await idle.engine.store.size()).toBe(1);
      await eventually(async () => (await idle.engine.store.size()) === 0, 40_000);
      const gone = await idle.inject({ method: 'GET', url: `/openenv/Calendar/state?episode_id=${episodeId}` });
      expect(gone.statusCode).toBe(404);
    } finally {
      await idle.close();
    }
  }, 45_000);
});

describe('/openenv/{Server}/ws with a token', () => {
  it('refuses an upgrade without the bearer token, and takes one with it', async () => {
    const guarded = await buildServer({ environments: [calendar], privateMcp: 'per-server', token: 'secret' });
    await guarded.listen({ port: 0, host: '127.0.0.1' });
    const url = `ws://127.0.0.1:${(guarded.server.address() as { port: number }).port}/openenv/Calendar/ws`;
    try {
      const refused = new WebSocket(url);
      const status = await new Promise<number>((resolve) =>
        refused.once('unexpected-response', (request, response) => {
          request.destroy(); // as a client does after a refused handshake
          resolve(response.statusCode ?? 0);
        }),
      );
      expect(status).toBe(401);
      expect(await guarded.engine.store.size()).toBe(0);

      const allowed = new WebSocket(url, { headers: { authorization: 'Bearer secret' } });
      await new Promise((resolve, reject) => {
        allowed.once('open', resolve);
        allowed.once('error', reject);
      });
      allowed.close();
    } finally {
      await guarded.close();
    }
  });
});

describe('WebSocket upgrades elsewhere', () => {
  it('are answered and released, so the server still closes', async () => {
    const server = await buildServer({ environments: [calendar], privateMcp: 'per-server' });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const port = (server.server.address() as { port: number }).port;
    const answers = await Promise.all(
      ['/healthz', '/v1/environments', '/no/such/path'].map(
        (path) =>
          new Promise<string>((resolve) => {
            const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
            ws.once('unexpected-response', (request, response) => {
              request.destroy();
              resolve(`${path} ${response.statusCode}`);
            });
            ws.once('open', () => resolve(`${path} open`));
            ws.once('close', () => resolve(`${path} closed`));
            ws.once('error', () => undefined);
          }),
      ),
    );
    expect(answers.some((answer) => answer.endsWith('404'))).toBe(true);
    await server.close();
  });
});
