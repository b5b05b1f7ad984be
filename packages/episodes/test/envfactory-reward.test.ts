/**
 * `evaluate` against figures computed with EnvFactory's own reward code (the VeRL fork's
 * EnvFactory/reward/tool_reward_fcn.py at dab0fcb) on the cases in fixtures/envfactory-reward.json:
 * each case's calls are replayed on the toy environments through the engine, then scored. The
 * figures must be the same floats, not merely close: training compares rewards across runs.
 */
import { readFileSync } from 'node:fs';
import { counter, notes } from '@envfleet/testing';
import { describe, expect, it } from 'vitest';
import { EnvironmentRegistry, EpisodeEngine, MemoryEpisodeStore } from '../src/index.js';

interface Case {
  name: string;
  servers: string[];
  scenario?: Record<string, Record<string, unknown>>;
  calls: { name: string; arguments: Record<string, unknown> }[];
  groundTruth: { name: string; arguments?: Record<string, unknown>; masked_arguments?: string[] }[];
  finalConfig: Record<string, unknown>;
  formatErrors?: number;
  epoch?: number;
  totalEpochs?: number;
  rewardScheduler?: Record<string, unknown>;
  states: Record<string, unknown>;
  expected: { reward: number; trace: number; state: number; lengthPenalty: number; formatPenalty: number; tau: number };
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/envfactory-reward.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe("evaluate gives EnvFactory's reward, figure for figure", () => {
  const engine = new EpisodeEngine({ environments: new EnvironmentRegistry([notes, counter]), store: new MemoryEpisodeStore() });

  it('has a spread of cases', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { episodeId } = await engine.reset({ servers: c.servers, ...(c.scenario ? { scenario: c.scenario } : {}) });
    for (const call of c.calls) await engine.step(episodeId, { calls: [call] });
    // The replay reached the states the figures were computed from.
    expect((await engine.state(episodeId)).state).toEqual(c.states);

    const { diff, ...figures } = await engine.evaluate(episodeId, {
      groundTruth: c.groundTruth,
      finalConfig: c.finalConfig,
      ...(c.formatErrors !== undefined ? { formatErrors: c.formatErrors } : {}),
      ...(c.epoch !== undefined ? { epoch: c.epoch } : {}),
      ...(c.totalEpochs !== undefined ? { totalEpochs: c.totalEpochs } : {}),
      ...(c.rewardScheduler !== undefined ? { rewardScheduler: c.rewardScheduler } : {}),
    });
    expect(figures).toStrictEqual(c.expected);
    expect(Object.keys(diff)).toEqual(Object.keys(c.finalConfig));
    await engine.close(episodeId);
  });
});
