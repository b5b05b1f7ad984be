/**
 * Tasks end to end: EnvFactory-RL rows imported over HTTP (POST /v1/tasks) and with
 * `envfleet tasks import FILE.jsonl`, an episode reset from a task id, and evaluated against the
 * task's ground truth without sending it again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTasks } from '@envfleet/cli';
import { buildServer } from '@envfleet/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar } from '../environments/office/calendar/src/index.js';
import { http } from './support/http.js';

let app: FastifyInstance;
let api: ReturnType<typeof http>;
let base: string;
let initial: Record<string, unknown>;

beforeAll(async () => {
  app = await buildServer({ environments: [calendar], privateMcp: 'single' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  base = `http://127.0.0.1:${port}`;
  api = http(base);
  initial = (await api('GET', '/v1/environments/Calendar')).body.defaultScenario;
});
afterAll(() => app.close());

/** A row as EnvFactory-RL writes it: the kwargs and the ground truth as JSON text. */
function row(index: number, extra: Record<string, unknown> = {}) {
  return {
    data_source: 'envfactory',
    prompt: [{ role: 'user', content: 'Which calendars do I have?' }],
    reward_model: { style: 'rule', ground_truth: JSON.stringify([{ name: 'Calendar-list_calendars', arguments: {} }]) },
    extra_info: {
      index,
      mcp_factory_kwargs: {
        mcp_servers: '["Calendar"]',
        initial_config: JSON.stringify({ Calendar: initial }),
        final_config: JSON.stringify({ Calendar: initial }),
        ...extra,
      },
    },
  };
}

describe('tasks over HTTP', () => {
  it('imports rows, resets from a task id, and scores against its ground truth with an empty body', async () => {
    const imported = await api('POST', '/v1/tasks', { tasks: [row(100), row(101)] });
    expect(imported.status).toBe(201);
    expect(imported.body).toEqual({ taskIds: ['100', '101'] });

    const reset = await api('POST', '/v1/episodes', { taskId: '101', seed: 1 });
    expect(reset.status).toBe(201);
    expect(reset.body.servers).toEqual(['Calendar']);
    const id = reset.body.episodeId;
    expect((await api('GET', `/v1/episodes/${id}/state`)).body.state.Calendar).toEqual(initial);

    await api('POST', `/v1/episodes/${id}/step`, { calls: [{ name: 'Calendar-list_calendars', arguments: {} }] });
    const scored = await api('POST', `/v1/episodes/${id}/evaluate`, {});
    expect(scored.status).toBe(200);
    expect(scored.body).toMatchObject({ reward: 1, trace: 1, state: 1, lengthPenalty: 0, tau: 0.5 });

    // In a batch too: reset from a task, evaluate with nothing but the op.
    const { body } = await api('POST', '/v1/batch', {
      ops: [{ op: 'reset', taskId: '100' }],
    });
    expect(body.results[0].status).toBe(201);
    const batched = body.results[0].episodeId;
    const evaluated = await api('POST', '/v1/batch', { ops: [{ op: 'evaluate', episodeId: batched }] });
    expect(evaluated.body.results[0]).toMatchObject({ status: 200, body: { trace: 0, state: 0, reward: 0 } });
  });

  it('answers 404 naming an unknown task, and 400 naming the row and field of a bad one', async () => {
    const unknown = await api('POST', '/v1/episodes', { taskId: 'no-such-task' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('Unknown task "no-such-task"');

    const bad = await api('POST', '/v1/tasks', { tasks: [row(200), row(201, { mcp_servers: '["Calendar", "Shop"]' })] });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('tasks[1].extra_info.mcp_factory_kwargs.mcp_servers: "Shop" is not a server here');
    expect((await api('POST', '/v1/episodes', { taskId: '200' })).status).toBe(404);

    const shapeless = await api('POST', '/v1/tasks', { tasks: [{ reward_model: {} }] });
    expect(shapeless.status).toBe(400);
    expect(shapeless.body.issues.join('\n')).toContain('tasks[0].extra_info');
  });
});

describe('envfleet tasks import', () => {
  it('sends a JSONL file to a running fleet, and names the line of a row it refuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tasks-import-'));
    try {
      const file = join(dir, 'train.jsonl');
      writeFileSync(file, `${JSON.stringify(row(300))}\n\n${JSON.stringify({ ...row(301), id: 'calendar-301' })}\n`);
      expect(await importTasks(['import', file, '--url', `${base}/`])).toEqual({ taskIds: ['300', 'calendar-301'], url: base });
      expect((await api('POST', '/v1/episodes', { taskId: 'calendar-301' })).status).toBe(201);

      writeFileSync(file, `${JSON.stringify(row(302))}\n${JSON.stringify(row(303, { final_config: '{"Shop": {}}' }))}\n`);
      await expect(importTasks(['import', file], { ENVFLEET_URL: base })).rejects.toThrow(
        /line 2: extra_info\.mcp_factory_kwargs\.final_config: "Shop" is not among mcp_servers .*\(nothing was imported\)/,
      );
      expect((await api('POST', '/v1/episodes', { taskId: '302' })).status).toBe(404);

      writeFileSync(file, '{"id": 1}\nnot json\n');
      await expect(importTasks(['import', file, '--url', base])).rejects.toThrow(/line 2 is not JSON/);
      await expect(importTasks(['import'])).rejects.toThrow(/Name the JSONL file/);
      await expect(importTasks(['import', file, '--url', 'ftp://x'])).rejects.toThrow(/not an http/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
