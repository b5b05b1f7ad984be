import { describe, expect, it } from 'vitest';
import { jsonSize, jsonSizeChange } from '../src/state-size.js';

const world = {
  notes: { n1: { id: 'n1', text: 'hello', tags: ['a', 'b'] }, n2: { id: 'n2', text: '', tags: [] } },
  next_id: 3,
  ratio: -0.125,
  big: 1e21,
  flags: [true, false, null],
  empty: {},
};

describe('jsonSize', () => {
  it('is the length of the JSON text for ASCII states', () => {
    expect(jsonSize(world)).toBe(JSON.stringify(world).length);
    for (const value of [null, true, 0, -12.5, '', 'abc', [], {}, [[], [{}]], { a: [1, { b: 'c' }] }]) {
      expect(jsonSize(value)).toBe(JSON.stringify(value).length);
    }
  });

  it('measures a state nested far deeper than the call stack allows', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 200_000; i++) deep = { d: deep };
    expect(jsonSize(deep)).toBe(200_000 * '{"d":}'.length + '"leaf"'.length);
  });
});

describe('jsonSizeChange', () => {
  // Writes as Immer makes them: changed objects are new, everything else is shared.
  const added = { ...world, notes: { ...world.notes, n3: { id: 'n3', text: 'a longer note', tags: ['x'] } }, next_id: 4 };
  const edited = { ...world, notes: { ...world.notes, n1: { ...world.notes.n1, text: 'hello, world' } } };
  const removed = { ...world, notes: { n2: world.notes.n2 }, flags: [true] };
  const replaced = { ...world, notes: [] as unknown[] };
  const filled = { ...world, empty: { first: 1 }, flags: [] };

  it('equals the difference of the two sizes', () => {
    for (const next of [added, edited, removed, replaced, filled, world]) {
      expect(jsonSizeChange(world, next)).toBe(JSON.stringify(next).length - JSON.stringify(world).length);
    }
  });

  it('does not look inside what the two states share', () => {
    const shared = {
      get text(): string {
        throw new Error('a shared part was walked');
      },
    };
    const before = { shared, count: 1 };
    expect(jsonSizeChange(before, { shared, count: 100 })).toBe(2);
  });
});
