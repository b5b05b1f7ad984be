import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEnvironment, defineTool, runCalls, ToolError } from '../src/index.js';

const scenario = z.object({ total: z.int().default(0) });
type State = z.output<typeof scenario>;

const env = defineEnvironment({
  name: 'Counter',
  domain: 'utilities',
  version: '0.0.1',
  description: 'Adds numbers, to test scripted runs.',
  scenario,
  tools: [
    defineTool({
      name: 'add',
      description: 'Adds by (1 by default); refuses negatives. Returns the total and the call index.',
      input: z.object({ by: z.int().default(1) }),
      handler: (state: Draft<State>, args, ctx) => {
        if (args.by < 0) throw new ToolError('by must not be negative');
        state.total += args.by;
        return { total: state.total, call: ctx.callIndex };
      },
    }),
  ],
});

describe('runCalls', () => {
  it('loads the start scenario and chains the states, one call index per call', () => {
    const { outcomes, state } = runCalls(env, { total: 10 }, [['add', { by: 2 }], ['add'], { name: 'add', arguments: { by: 3 } }]);
    expect(outcomes.map((o) => o.content)).toEqual([
      { total: 12, call: 0 },
      { total: 13, call: 1 },
      { total: 16, call: 2 },
    ]);
    expect(state).toEqual({ total: 16 });
    expect(outcomes[2]?.state).toBe(state);
  });

  it('keeps going after a failing call, which leaves the state as it was', () => {
    const { outcomes, state } = runCalls(env, {}, [
      ['add', { by: 1 }],
      ['add', { by: -1 }],
      ['nope', {}],
      ['add', { by: 1 }],
    ]);
    expect(outcomes.map((o) => o.isError)).toEqual([false, true, true, false]);
    expect(outcomes[1]?.content).toEqual({ message: 'by must not be negative' });
    expect(outcomes[1]?.state).toBe(outcomes[0]?.state);
    expect(outcomes[2]?.state).toBe(outcomes[0]?.state);
    expect(state.total).toBe(2);
  });

  it('returns the loaded start state when there are no calls', () => {
    expect(runCalls(env, {}, [])).toEqual({ outcomes: [], state: { total: 0 } });
  });
});
