/**
 * `POST /v1/episodes/{id}/evaluate/tau2` over HTTP: a rollout on Tau2Retail scored as τ²-bench
 * scores it. The task is retail task 0 of τ²'s tasks.json (its gold actions, as recorded under
 * packages/benchmarks/test/tau2/recorded/): the gold rollout scores 1 on both checks; a rollout that
 * does the work with other arguments, or leaves it undone, scores 0 on the check it fails.
 */
import { readFileSync } from 'node:fs';
import { buildGateway } from '@envfleet/gateway';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar } from '../environments/office/calendar/src/index.js';
import { tau2Retail } from '../environments/benchmarks/tau2-retail/src/index.js';
import { http } from './support/http.js';
import { listenOnLoopback } from './support/listen.js';

interface GoldAction {
  action_id: string;
  name: string;
  arguments: Record<string, unknown>;
}
const recorded = JSON.parse(readFileSync(new URL('../packages/benchmarks/test/tau2/recorded/retail.json', import.meta.url), 'utf8')) as {
  tasks: { id: string; actions: GoldAction[] }[];
};
const task = recorded.tasks.find((entry) => entry.id === '0') as { actions: GoldAction[] };

let app: FastifyInstance;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  app = await buildGateway({ environments: [tau2Retail, calendar], server: { reaperIntervalMs: 0 } });
  api = http(await listenOnLoopback(app));
});
afterAll(() => app.close());

async function rollout(calls: { name: string; arguments: Record<string, unknown> }[], servers = ['Tau2Retail']) {
  const { episodeId } = (await api('POST', '/v1/episodes', { servers })).body;
  for (const call of calls)
    await api('POST', `/v1/episodes/${episodeId}/step`, { calls: [{ name: `Tau2Retail-${call.name}`, arguments: call.arguments }] });
  return episodeId as string;
}

describe("τ²'s evaluation of an episode", () => {
  it('scores the gold rollout 1 on the database and the actions, pointing at the calls that matched', async () => {
    const id = await rollout(task.actions);
    const { status, body } = await api('POST', `/v1/episodes/${id}/evaluate/tau2`, { actions: task.actions });
    expect(status).toBe(200);
    expect(body).toMatchObject({ reward: 1, rewardBasis: ['DB', 'ACTION'], server: 'Tau2Retail', database: { reward: 1, goldErrors: 0 } });
    expect(body.actions.checks.map((check: { actionId: string; callIndex: number }) => [check.actionId, check.callIndex])).toEqual(
      task.actions.map((action, index) => [action.action_id, index]),
    );
  });

  it('fails the database when the exchange went to other items, and the actions unless compare_args leaves them out', async () => {
    const exchange = task.actions.at(-1) as GoldAction;
    const other = { ...exchange, arguments: { ...exchange.arguments, new_item_ids: ['7706410293', '7706410293'] } };
    const id = await rollout([...task.actions.slice(0, -1), other]);
    const scored = (await api('POST', `/v1/episodes/${id}/evaluate/tau2`, { actions: task.actions })).body;
    expect(scored.reward).toBe(0);
    expect(scored.database.reward).toBe(0);
    expect(scored.actions.reward).toBe(0);
    expect(scored.actions.checks.at(-1)).toMatchObject({ name: exchange.name, matched: false });
    // compare_args names what τ² compares: without new_item_ids, the call matches the gold action.
    const lenient = task.actions.map((action) => (action === exchange ? { ...action, compare_args: ['order_id', 'item_ids'] } : action));
    const actionsOnly = (await api('POST', `/v1/episodes/${id}/evaluate/tau2`, { actions: lenient, rewardBasis: ['ACTION'] })).body;
    expect(actionsOnly).toMatchObject({ reward: 1, rewardBasis: ['ACTION'], actions: { reward: 1 }, database: { reward: 0 } });
  });

  it('scores an untouched world 1 on the database only when the gold actions change nothing', async () => {
    const id = await rollout([]);
    const reads = task.actions.filter((action) => action.name.startsWith('get_') || action.name.startsWith('find_'));
    const scored = (await api('POST', `/v1/episodes/${id}/evaluate/tau2`, { actions: reads })).body;
    expect(scored.database.reward).toBe(1);
    expect(scored.actions.reward).toBe(0);
    const withWrite = (await api('POST', `/v1/episodes/${id}/evaluate/tau2`, { actions: task.actions })).body;
    expect(withWrite.database.reward).toBe(0);
  });

  it('refuses, naming the problem, a tool the server lacks, a body without actions, and an episode with no τ² server', async () => {
    const id = await rollout([]);
    const unknown = await api('POST', `/v1/episodes/${id}/evaluate/tau2`, {
      actions: [{ name: 'Tau2Retail-get_order_details', arguments: {} }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('Tau2Retail-get_order_details');
    const empty = await api('POST', `/v1/episodes/${id}/evaluate/tau2`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.detail).toContain('actions');
    const { episodeId: calendarEpisode } = (await api('POST', '/v1/episodes', { servers: ['Calendar'] })).body;
    const noTau2 = await api('POST', `/v1/episodes/${calendarEpisode}/evaluate/tau2`, { actions: [] });
    expect(noTau2.status).toBe(400);
    expect(noTau2.body.detail).toContain('no τ² server');
    const missing = await api('POST', '/v1/episodes/ep_missing/evaluate/tau2', { actions: [] });
    expect(missing.status).toBe(404);
  });
});
