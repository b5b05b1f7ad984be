/**
 * POST /v1/bfcl/score: a BFCL rollout scored over HTTP as BFCL's eval runner scores it, on the Bfcl
 * servers of the process, with both episodes closed afterwards.
 */
import { buildServer } from '@envfleet/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bfclGorillaFileSystem } from '../environments/benchmarks/bfcl-gorilla-file-system/src/index.js';
import { bfclTwitterApi } from '../environments/benchmarks/bfcl-twitter-api/src/index.js';

let app: FastifyInstance;

beforeAll(async () => {
  app = await buildServer({ environments: [bfclGorillaFileSystem, bfclTwitterApi], privateMcp: 'per-server', reaperIntervalMs: 0 });
});

afterAll(async () => {
  await app.close();
});

const entry = {
  involved_classes: ['GorillaFileSystem', 'TwitterAPI'],
  initial_config: {
    GorillaFileSystem: { root: { work: { type: 'directory', contents: { 'a.txt': { type: 'file', content: 'budget line\nother' } } } } },
    TwitterAPI: { username: 'ana', password: 'pw', authenticated: true },
  },
  ground_truth: [
    ["mkdir(dir_name='old')", "mv(source='a.txt', destination='old')"],
    [],
    ["cd(folder='old')", "grep(file_name='a.txt', pattern='budget')"],
  ],
};

const score = (model: unknown) => app.inject({ method: 'POST', url: '/v1/bfcl/score', payload: { ...entry, model } });

describe('POST /v1/bfcl/score', () => {
  it('accepts a rollout that reaches every gold state and result, with qualified or bare names', async () => {
    const answer = await score([
      [
        { name: 'BfclGorillaFileSystem-mkdir', arguments: { dir_name: 'old' } },
        { name: 'mv', arguments: { source: 'a.txt', destination: 'old' } },
      ],
      [],
      [
        { name: 'cd', arguments: { folder: 'old' } },
        { name: 'grep', arguments: { file_name: 'a.txt', pattern: 'budget' } },
      ],
    ]);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ valid: true });
  });

  it('answers BFCL’s first failure: a state that differs after a turn', async () => {
    const answer = await score([[{ name: 'mkdir', arguments: { dir_name: 'old' } }], [], [{ name: 'ls', arguments: {} }]]);
    expect(answer.json()).toMatchObject({ valid: false, errorType: 'multi_turn:instance_state_mismatch', turn: 0 });
  });

  it('leaves no episode open behind it', async () => {
    await score([[{ name: 'pwd', arguments: {} }], [], []]);
    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/^envfleet_live_episodes(\{[^}]*\})? 0$/m);
  });

  it('refuses a bad request with a message naming the problem', async () => {
    const wrongTurns = await score([[]]);
    expect(wrongTurns.statusCode).toBe(400);
    expect(wrongTurns.body).toContain('model has 1 turns but ground_truth has 3');
    const badGold = await app.inject({
      method: 'POST',
      url: '/v1/bfcl/score',
      payload: { ...entry, ground_truth: [['mkdir(dir_name=os.getcwd())'], [], []], model: [[], [], []] },
    });
    expect(badGold.statusCode).toBe(400);
    expect(badGold.body).toContain('not a literal');
    const unknownClass = await app.inject({
      method: 'POST',
      url: '/v1/bfcl/score',
      payload: { ...entry, involved_classes: ['Nope'], model: [[], [], []] },
    });
    expect(unknownClass.statusCode).toBe(400);
    expect(unknownClass.body).toContain('involved_classes');
  });
});
