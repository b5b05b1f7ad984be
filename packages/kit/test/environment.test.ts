import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEnvironment, defineTool, ToolError } from '../src/index.js';

const scenario = z.object({
  counter: z.int().default(0),
  items: z.record(z.string(), z.object({ id: z.string(), label: z.string() })).default({}),
});
type State = z.output<typeof scenario>;

const addItem = defineTool({
  name: 'add_item',
  description: 'Adds an item; fails after writing when the label is "boom" to prove atomicity.',
  input: z.object({ label: z.string() }),
  handler: (state: import('immer').Draft<State>, args, ctx) => {
    state.counter += 1;
    const id = `item_${state.counter}`;
    state.items[id] = { id, label: args.label };
    if (args.label === 'boom') throw new ToolError('boom is not allowed');
    if (args.label === 'bug') throw new TypeError('a bug escaped');
    return { item: state.items[id], token: ctx.uuid() };
  },
});

const env = defineEnvironment({
  name: 'Toy',
  domain: 'utilities',
  version: '0.0.1',
  description: 'A toy environment used by the kit tests.',
  scenario,
  presets: { demo: { counter: 5 } },
  tools: [addItem],
});

describe('defineEnvironment', () => {
  it('returns results detached from the draft and a new frozen state', () => {
    const start = env.load({});
    const outcome = env.call(start, 'add_item', { label: 'a' }, { seed: 1, callIndex: 0 });
    expect(outcome.isError).toBe(false);
    expect(outcome.content).toMatchObject({ item: { id: 'item_1', label: 'a' } });
    expect(Object.isFrozen(outcome.state)).toBe(true);
    expect(start.counter).toBe(0);
  });

  it('discards every write of a failing call', () => {
    const start = env.load({});
    for (const label of ['boom', 'bug']) {
      const outcome = env.call(start, 'add_item', { label });
      expect(outcome.isError).toBe(true);
      expect(outcome.state).toBe(start);
    }
    expect(env.call(start, 'add_item', { label: 'boom' }).content).toEqual({ message: 'boom is not allowed' });
    const bug = env.call(start, 'add_item', { label: 'bug' });
    expect(bug.content).toEqual({ message: 'a bug escaped' });
    expect(bug.unexpected).toBeInstanceOf(TypeError);
  });

  it('derives ids from (seed, call index) only', () => {
    const start = env.load({});
    const a = env.call(start, 'add_item', { label: 'a' }, { seed: 9, callIndex: 3 });
    const b = env.call(start, 'add_item', { label: 'a' }, { seed: 9, callIndex: 3 });
    const c = env.call(start, 'add_item', { label: 'a' }, { seed: 9, callIndex: 4 });
    expect(a.content).toEqual(b.content);
    expect(a.content).not.toEqual(c.content);
    expect((a.content as { token: string }).token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('suggests the closest tool name for a typo', () => {
    const outcome = env.call(env.load({}), 'add_itme', {});
    expect((outcome.content as { message: string }).message).toContain('did you mean "add_item"?');
  });

  it('names the field of an invalid scenario and the known presets', () => {
    expect(() => env.load({ counter: 'many' })).toThrow(/Toy\.counter/);
    expect(() => env.load({ items: { x: { id: 'x' } } })).toThrow(/Toy\.items\.x\.label/);
    expect(() => env.loadPreset('nope')).toThrow(/unknown preset "nope" \(known: demo\)/);
    expect(env.loadPreset('demo').counter).toBe(5);
  });
});

describe('scenario maps', () => {
  it('hold "constructor" and "__proto__" as ordinary keys', () => {
    const state = env.load({ items: { constructor: { id: 'constructor', label: 'c' } } });
    expect(state.items.constructor).toEqual({ id: 'constructor', label: 'c' });
    expect(state.items.toString).toBeUndefined();
    const added = env.call(state, 'add_item', { label: '__proto__' });
    expect(Object.keys(added.state.items)).toEqual(['constructor', 'item_1']);
    expect(JSON.parse(JSON.stringify(added.state)).items.item_1.label).toBe('__proto__');
  });
});

describe('scenario loading', () => {
  it('reads numbers and booleans the lax way pydantic does, deep in maps', () => {
    const state = env.load({ counter: '7', items: { a: { id: 'a', label: 'x' } } });
    expect(state.counter).toBe(7);
    expect(() => env.load({ counter: '7.5' })).toThrow(/Toy\.counter/);
    expect(() => env.load({ items: { a: { id: 5, label: 'x' } } })).toThrow(/Toy\.items\.a\.id/);
  });
});
