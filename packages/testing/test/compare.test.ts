import { seededGenerator } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { canonical, compareWithOracle, notes, type OracleAnswer, randomArguments, replaySeeded } from '../src/index.js';

// The oracle itself is a Python tool outside the project; these tests feed compareWithOracle the
// answers such a session would give, to pin down what counts as a difference.
const calls = [
  { name: 'add_note', arguments: { text: 'a' } },
  { name: 'add_note', arguments: { text: '' } },
];

function answer(overrides: Partial<OracleAnswer> = {}): OracleAnswer {
  return {
    env: 'Notes',
    load: { ok: true },
    calls: [
      { name: 'add_note', arguments: { text: 'a' }, isError: false, result: { text: 'a', id: 'n1' } },
      { name: 'add_note', arguments: { text: '' }, isError: true, result: { message: 'Text is required' } },
    ],
    final_state: { next_id: 2, notes: { n1: { id: 'n1', text: 'a' } }, blob: '' },
    ...overrides,
  };
}

describe('compareWithOracle', () => {
  it('finds no difference when results and state agree (key order and message wording aside)', () => {
    expect(compareWithOracle(notes, {}, calls, answer())).toEqual([]);
  });

  it('reports error-vs-success, different results and a different final state', () => {
    const theirs = answer();
    const [first, second] = theirs.calls ?? [];
    if (!first || !second) throw new Error('fixture');
    const differences = compareWithOracle(notes, {}, calls, {
      ...theirs,
      calls: [
        { ...first, result: { id: 'n9', text: 'a' } },
        { ...second, isError: false, result: null },
      ],
      final_state: { notes: {}, next_id: 1, blob: '' },
    });
    expect(differences.map((d) => [d.call, d.kind])).toEqual([
      [0, 'result'],
      [1, 'error-vs-success'],
      [-1, 'state'],
    ]);
  });

  it('compares messages only when asked, and a failed load on either side', () => {
    expect(compareWithOracle(notes, {}, calls, answer(), { messages: true })).toEqual([
      { call: 1, kind: 'message', ours: 'text must not be empty', theirs: 'Text is required' },
    ]);
    expect(compareWithOracle(notes, { next_id: 0 }, calls, answer())[0]?.kind).toBe('load');
    expect(compareWithOracle(notes, {}, calls, answer({ load: { ok: false, message: 'bad' } }))[0]).toMatchObject({ kind: 'load' });
  });
});

describe('compareWithOracle after a nondeterministic call', () => {
  it('compares only error vs success from there on, and not the final state', () => {
    const theirs = answer();
    const [first, second] = theirs.calls ?? [];
    if (!first || !second) throw new Error('fixture');
    const drawn = {
      ...theirs,
      calls: [{ ...first, result: { id: 'n7', text: 'a' }, nondeterministic: ['uuid4'] }, second],
      final_state: {},
    };
    expect(compareWithOracle(notes, {}, calls, drawn)).toEqual([]);
    const flipped = { ...drawn, calls: [drawn.calls[0] as typeof first, { ...second, isError: false }] };
    expect(compareWithOracle(notes, {}, calls, flipped).map((d) => d.kind)).toEqual(['error-vs-success']);
  });
});

describe('randomArguments and replaySeeded', () => {
  it('draws the same arguments for the same seed and takes ids from the state', () => {
    const tool = notes.tools.get('add_note');
    if (!tool) throw new Error('fixture');
    const state = notes.loadPreset('demo');
    const draw = (seed: number) => Array.from({ length: 20 }, (_, i) => randomArguments(tool.inputSchema, state, seededGenerator(seed, i)));
    expect(canonical(draw(3))).toBe(canonical(draw(3)));
    expect(draw(3).some((args) => args.text === 'hello')).toBe(true);
    const run = replaySeeded(notes, state, [{ name: 'add_note', arguments: { text: 'x' } }]);
    expect(run.stateText).toContain('"n2"');
  });
});
