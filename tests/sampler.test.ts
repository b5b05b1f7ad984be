/**
 * Sampled tasks end to end: `envfleet sample` writes verified tasks over two servers, `envfleet
 * tasks import` keeps them in a running fleet, and each one resets from its id, replays its calls
 * with the recorded answers, and evaluates to 1.0 against its own ground truth.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graph, importTasks, sample, UsageError } from '@envfleet/cli';
import { buildServer } from '@envfleet/server';
import type { SampledTask } from '@envfleet/sampler';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar } from '../environments/office/calendar/src/index.js';
import { retail } from '../environments/commerce/retail/src/index.js';
import { http } from './support/http.js';
import { workspaceRoot } from './support/workspace-environments.js';

let app: FastifyInstance;
let api: ReturnType<typeof http>;
let base: string;
const dir = mkdtempSync(join(tmpdir(), 'envfleet-sampler-'));

beforeAll(async () => {
  app = await buildServer({ environments: [retail, calendar], privateMcp: 'per-server' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  base = `http://127.0.0.1:${port}`;
  api = http(base);
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('envfleet sample → tasks import → reset → evaluate', () => {
  it('imports every sampled task, and each reset from its id replays its answers and scores 1.0', async () => {
    const out = join(dir, 'tasks.jsonl');
    const sampled = await sample(
      workspaceRoot,
      ['--servers', 'Retail,Calendar', '--count', '6', '--seed', '4', '--max-steps', '4', '--out', out],
      {
        source: true,
      },
    );
    expect(sampled.report.tasks).toHaveLength(6);
    expect(sampled.summary).toMatch(/^6 of 6 tasks verified/);
    const tasks = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as SampledTask);
    expect(tasks.map((task) => task.id)).toEqual(sampled.report.tasks.map((task) => task.id));
    // The shape `envfleet export` writes, beside the fields an import reads.
    for (const task of tasks) {
      expect(Object.keys(task)).toEqual(
        expect.arrayContaining(['servers', 'initial_config', 'calls', 'final_config', 'reward_model', 'extra_info']),
      );
      expect(task.servers).toEqual(['Retail', 'Calendar']);
      for (const call of task.calls) expect(Object.keys(call)).toEqual(['name', 'arguments', 'isError', 'content', 'step']);
    }
    expect(tasks.some((task) => task.calls.length >= 2)).toBe(true);

    const imported = await importTasks(['import', out, '--url', base], {});
    expect(imported.taskIds).toEqual(tasks.map((task) => task.id));

    for (const task of tasks) {
      const reset = await api('POST', '/v1/episodes', { taskId: task.id });
      expect(reset.status).toBe(201);
      const id = reset.body.episodeId;
      const step = await api('POST', `/v1/episodes/${id}/step`, {
        calls: task.calls.map(({ name, arguments: args }) => ({ name, arguments: args })),
      });
      expect(step.status).toBe(200);
      expect(step.body.results).toEqual(task.calls.map(({ name, isError, content }) => ({ name, isError, content })));
      const evaluation = await api('POST', `/v1/episodes/${id}/evaluate`, {});
      expect(evaluation.body.reward).toBe(1);
      await api('DELETE', `/v1/episodes/${id}`);
    }
  });

  it('writes the same file for the same seed', async () => {
    const args = ['--servers', 'Calendar', '--count', '4', '--seed', '9', '--max-steps', '3'];
    const first = await sample(workspaceRoot, args, { source: true });
    const again = await sample(workspaceRoot, args, { source: true });
    expect(again.jsonl).toBe(first.jsonl);
  });

  it('refuses an unknown server or a bad count, naming it, before sampling anything', async () => {
    await expect(sample(workspaceRoot, ['--servers', 'Calender', '--count', '2'], { source: true })).rejects.toThrow(
      /"Calender" is not an environment here — did you mean "Calendar"\?/,
    );
    await expect(sample(workspaceRoot, ['--servers', 'Calendar', '--count', 'many'], { source: true })).rejects.toThrow(UsageError);
    await expect(sample(workspaceRoot, ['--servers', 'Calendar'], { source: true })).rejects.toThrow(/--count is required/);
  });
});

describe('POST /v1/samples', () => {
  it('answers verified tasks, keeps them as tasks with import, and each evaluates to 1.0 from its id', async () => {
    const answer = await api('POST', '/v1/samples', { servers: ['Calendar', 'Retail'], count: 3, seed: 21, maxSteps: 3, import: true });
    expect(answer.status).toBe(200);
    const tasks = answer.body.tasks as SampledTask[];
    expect(tasks).toHaveLength(3);
    expect(answer.body.taskIds).toEqual(tasks.map((task) => task.id));
    expect(answer.body.coverage.servers.map((entry: { server: string }) => entry.server)).toEqual(['Calendar', 'Retail']);
    const again = await api('POST', '/v1/samples', { servers: ['Calendar', 'Retail'], count: 3, seed: 21, maxSteps: 3 });
    expect(again.body.tasks).toEqual(tasks);

    const task = tasks[0] as SampledTask;
    const reset = await api('POST', '/v1/episodes', { taskId: task.id });
    const id = reset.body.episodeId;
    await api('POST', `/v1/episodes/${id}/step`, { calls: task.reward_model.ground_truth });
    expect((await api('POST', `/v1/episodes/${id}/evaluate`, {})).body.reward).toBe(1);
    await api('DELETE', `/v1/episodes/${id}`);
  });

  it('refuses a request it cannot honour with a problem naming it, and keeps nothing', async () => {
    const unknown = await api('POST', '/v1/samples', { servers: ['Calender'], count: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/Unknown server "Calender" — did you mean "Calendar"\?/);
    const tooMany = await api('POST', '/v1/samples', { servers: ['Calendar'], count: 100_000 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.detail).toMatch(/count/);
    const extra = await api('POST', '/v1/samples', { servers: ['Calendar'], count: 1, temperature: 1 });
    expect(extra.status).toBe(400);
  });
});

describe('GET /v1/graph', () => {
  it('answers the graph the CLI prints, as JSON or Graphviz, and names an unknown server', async () => {
    const json = await api('GET', '/v1/graph?servers=Retail,Calendar');
    expect(json.status).toBe(200);
    expect(json.body).toEqual(JSON.parse(await graph(workspaceRoot, ['Retail', 'Calendar'], { source: true })));
    const dot = await fetch(`${base}/v1/graph?servers=Calendar&format=dot`);
    expect(dot.headers.get('content-type')).toMatch(/^text\/vnd\.graphviz/);
    expect(await dot.text()).toMatch(/^digraph tools \{/);
    expect((await api('GET', '/v1/graph?servers=Calender')).status).toBe(404);
    expect((await api('GET', '/v1/graph')).status).toBe(400);
  });
});

describe('envfleet graph', () => {
  it('answers the graph as JSON and as Graphviz', async () => {
    const json = JSON.parse(await graph(workspaceRoot, ['Retail', '--format', 'json'], { source: true }));
    expect(json.servers).toEqual(['Retail']);
    expect(
      json.edges.some((edge: { to: string; argument: string }) => edge.to === 'Retail-get_order_details' && edge.argument === 'order_id'),
    ).toBe(true);
    const dot = await graph(workspaceRoot, ['Retail', '--format', 'dot'], { source: true });
    expect(dot.startsWith('digraph tools {')).toBe(true);
    await expect(graph(workspaceRoot, ['Retail', '--format', 'svg'], { source: true })).rejects.toThrow(/json or dot/);
  });
});
