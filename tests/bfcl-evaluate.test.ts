/**
 * `POST /v1/episodes/{id}/evaluate/bfcl` over HTTP: a rollout on BfclTwitterAPI scored as BFCL's
 * multi-turn checker scores it. The entry is multi_turn_base_65 (its TwitterAPI calls and starting
 * config, as recorded under packages/benchmarks/test/bfcl/recorded/): the gold rollout is valid; a
 * rollout that skips the comment fails the state check on that turn; a comment on another tweet fails
 * too; and the request is checked against the episode it names.
 */
import { readFileSync } from 'node:fs';
import { buildGateway } from '@envfleet/gateway';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bfclTwitterApi } from '../environments/benchmarks/bfcl-twitter-api/src/index.js';
import { calendar } from '../environments/office/calendar/src/index.js';
import { http } from './support/http.js';
import { listenOnLoopback } from './support/listen.js';

interface RecordedCall {
  call: string;
  name: string;
  arguments: Record<string, unknown>;
}
const recorded = JSON.parse(
  readFileSync(new URL('../packages/benchmarks/test/bfcl/recorded/TwitterAPI.json', import.meta.url), 'utf8'),
) as {
  entries: { id: string; long_context: boolean; initial_config: Record<string, unknown>; turns: { calls: RecordedCall[] }[] }[];
};
const entry = recorded.entries.find((candidate) => candidate.id === 'multi_turn_base_65') as (typeof recorded.entries)[number];
const goldTurns = entry.turns.map((turn) => turn.calls);
const groundTruth = goldTurns.map((calls) => calls.map((call) => call.call));

let app: FastifyInstance;
let api: ReturnType<typeof http>;

beforeAll(async () => {
  app = await buildGateway({ environments: [bfclTwitterApi, calendar], server: { reaperIntervalMs: 0 } });
  api = http(await listenOnLoopback(app));
});
afterAll(() => app.close());

/** Resets from the entry and takes one step per call, turn by turn; answers the episode and its turnSteps. */
async function rollout(turns: RecordedCall[][]) {
  const scenario = { BfclTwitterAPI: { ...entry.initial_config, long_context: entry.long_context } };
  const { episodeId } = (await api('POST', '/v1/episodes', { servers: ['BfclTwitterAPI'], scenario })).body;
  for (const calls of turns) {
    for (const call of calls) {
      await api('POST', `/v1/episodes/${episodeId}/step`, { calls: [{ name: `BfclTwitterAPI-${call.name}`, arguments: call.arguments }] });
    }
  }
  return { id: episodeId as string, turnSteps: turns.map((calls) => calls.length) };
}

describe("BFCL's evaluation of an episode", () => {
  it('finds the gold rollout valid', async () => {
    const { id, turnSteps } = await rollout(goldTurns);
    const { status, body } = await api('POST', `/v1/episodes/${id}/evaluate/bfcl`, { groundTruth, turnSteps });
    expect(status).toBe(200);
    expect(body).toEqual({ valid: true });
  });

  it('fails the turn whose state differs: a comment left out, or written on another tweet', async () => {
    const [first, second] = goldTurns as [RecordedCall[], RecordedCall[]];
    const skipped = await rollout([first, second.slice(0, 1)]);
    const missing = (await api('POST', `/v1/episodes/${skipped.id}/evaluate/bfcl`, { groundTruth, turnSteps: skipped.turnSteps })).body;
    expect(missing).toMatchObject({ valid: false, errorType: 'multi_turn:instance_state_mismatch', turn: 1 });

    const comment = second[1] as RecordedCall;
    const elsewhere = { ...comment, arguments: { ...comment.arguments, tweet_id: 0 } };
    const wrong = await rollout([first, [second[0] as RecordedCall, elsewhere]]);
    const answer = (await api('POST', `/v1/episodes/${wrong.id}/evaluate/bfcl`, { groundTruth, turnSteps: wrong.turnSteps })).body;
    expect(answer).toMatchObject({ valid: false, turn: 1 });
  });

  it('refuses turnSteps that do not match the episode or the ground truth, and an episode with no BFCL server', async () => {
    const { id } = await rollout(goldTurns);
    const tooMany = await api('POST', `/v1/episodes/${id}/evaluate/bfcl`, { groundTruth, turnSteps: [1, 3] });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.detail).toContain('add up to 4 steps, but the episode has taken 3');
    const turns = await api('POST', `/v1/episodes/${id}/evaluate/bfcl`, { groundTruth, turnSteps: [3] });
    expect(turns.status).toBe(400);
    expect(turns.body.detail).toContain('turnSteps has 1 turns but groundTruth has 2');
    const badCall = await api('POST', `/v1/episodes/${id}/evaluate/bfcl`, { groundTruth: [['post_tweet(content=']], turnSteps: [3] });
    expect(badCall.status).toBe(400);
    expect(badCall.body.detail).toContain('groundTruth call');
    const { episodeId: calendarEpisode } = (await api('POST', '/v1/episodes', { servers: ['Calendar'] })).body;
    const noBfcl = await api('POST', `/v1/episodes/${calendarEpisode}/evaluate/bfcl`, { groundTruth: [[]], turnSteps: [0] });
    expect(noBfcl.status).toBe(400);
    expect(noBfcl.body.detail).toContain('no BFCL server');
  });
});
