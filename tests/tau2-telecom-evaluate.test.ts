/**
 * `POST /v1/episodes/{id}/evaluate/tau2` on Tau2Telecom, whose gold actions include the user's own
 * (requestor "user"): a telecom task of τ²'s tasks.json (as recorded under
 * packages/benchmarks/test/tau2/recorded/), its world set up with initialStateScenario. The user
 * turning airplane mode off and roaming on scores 1; leaving roaming off scores 0 on both checks.
 * τ² scores telecom by its env assertions: they run on the episode's state (GET …/state) with
 * checkTelecomAssertions, and by evaluate/tau2 given them (rewardBasis ENV_ASSERTION).
 */
import { readFileSync } from 'node:fs';
import { buildGateway } from '@envfleet/gateway';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkTelecomAssertions,
  initialStateScenario,
  type Tau2EnvAssertion,
  type Tau2InitialState,
  type TelecomDb,
  tau2Telecom,
} from '../environments/benchmarks/tau2-telecom/src/index.js';
import { http } from './support/http.js';
import { listenOnLoopback } from './support/listen.js';

interface GoldAction {
  action_id: string;
  name: string;
  arguments: Record<string, unknown>;
  requestor: 'user' | 'assistant';
}
const recorded = JSON.parse(
  readFileSync(new URL('../packages/benchmarks/test/tau2/recorded/telecom-tasks.json', import.meta.url), 'utf8'),
) as { tasks: { id: string; initial_state: Tau2InitialState; actions: GoldAction[]; env_assertions: Tau2EnvAssertion[] }[] };
const task = recorded.tasks.find(
  (entry) => entry.id === '[mobile_data_issue]airplane_mode_on|user_abroad_roaming_enabled_off[PERSONA:None]',
) as { initial_state: Tau2InitialState; actions: GoldAction[]; env_assertions: Tau2EnvAssertion[] };

let app: FastifyInstance;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  app = await buildGateway({ environments: [tau2Telecom], server: { reaperIntervalMs: 0 } });
  api = http(await listenOnLoopback(app));
});
afterAll(() => app.close());

async function rollout(calls: { name: string; arguments: Record<string, unknown> }[]) {
  const scenario = initialStateScenario(task.initial_state);
  const created = await api('POST', '/v1/episodes', { servers: ['Tau2Telecom'], scenario: { Tau2Telecom: scenario } });
  expect(created.status).toBe(201);
  const episodeId = created.body.episodeId as string;
  for (const call of calls)
    await api('POST', `/v1/episodes/${episodeId}/step`, { calls: [{ name: `Tau2Telecom-${call.name}`, arguments: call.arguments }] });
  return episodeId;
}

describe("τ²'s evaluation of a telecom episode", () => {
  it("scores the gold rollout, the user's device actions included, 1 on both checks", async () => {
    expect(task.actions.map((action) => action.requestor)).toEqual(['user', 'user']);
    const id = await rollout([{ name: 'check_status_bar', arguments: {} }, ...task.actions]);
    const { status, body } = await api('POST', `/v1/episodes/${id}/evaluate/tau2`, { actions: task.actions });
    expect(status).toBe(200);
    expect(body).toMatchObject({ reward: 1, server: 'Tau2Telecom', database: { reward: 1, goldErrors: 0 }, actions: { reward: 1 } });
    expect(body.actions.checks.map((check: { callIndex: number }) => check.callIndex)).toEqual([1, 2]);
  });

  it('scores 0 when the user never turned roaming on: the phone differs and an action is missing', async () => {
    const id = await rollout(task.actions.slice(0, 1));
    const { body } = await api('POST', `/v1/episodes/${id}/evaluate/tau2`, { actions: task.actions });
    expect(body).toMatchObject({ reward: 0, database: { reward: 0 }, actions: { reward: 0 } });
    expect(body.actions.checks.map((check: { matched: boolean }) => check.matched)).toEqual([true, false]);
  });

  it("scores τ²'s env assertions on the episode's state: data works at excellent speed only after the gold actions", async () => {
    const assertionsOf = async (id: string) => {
      const { body } = await api('GET', `/v1/episodes/${id}/state`);
      return checkTelecomAssertions(body.state.Tau2Telecom as TelecomDb, task.env_assertions);
    };
    expect(task.env_assertions.map((assertion) => assertion.func_name)).toEqual(['assert_mobile_data_status', 'assert_internet_speed']);
    expect(await assertionsOf(await rollout(task.actions))).toEqual({
      reward: 1,
      checks: [
        { func_name: 'assert_mobile_data_status', passed: true },
        { func_name: 'assert_internet_speed', passed: true },
      ],
    });
    expect((await assertionsOf(await rollout(task.actions.slice(0, 1)))).reward).toBe(0);
  });

  it('scores the env assertions in evaluate/tau2 too, and refuses ENV_ASSERTION without them', async () => {
    const gold = await rollout(task.actions);
    const scored = await api('POST', `/v1/episodes/${gold}/evaluate/tau2`, {
      actions: task.actions,
      envAssertions: task.env_assertions,
      rewardBasis: ['ENV_ASSERTION'],
    });
    expect(scored.status).toBe(200);
    expect(scored.body).toMatchObject({
      reward: 1,
      rewardBasis: ['ENV_ASSERTION'],
      envAssertions: {
        reward: 1,
        checks: [
          { funcName: 'assert_mobile_data_status', passed: true },
          { funcName: 'assert_internet_speed', passed: true },
        ],
      },
    });
    const halfway = await rollout(task.actions.slice(0, 1));
    const failed = (
      await api('POST', `/v1/episodes/${halfway}/evaluate/tau2`, {
        actions: task.actions,
        envAssertions: task.env_assertions,
        rewardBasis: ['ENV_ASSERTION'],
      })
    ).body;
    expect(failed).toMatchObject({ reward: 0, envAssertions: { reward: 0 } });
    const missing = await api('POST', `/v1/episodes/${halfway}/evaluate/tau2`, { actions: task.actions, rewardBasis: ['ENV_ASSERTION'] });
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toMatch(/ENV_ASSERTION needs envAssertions/);
  });
});
