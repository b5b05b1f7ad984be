import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { withoutPrototypes } from '../src/null-prototype.js';

describe('withoutPrototypes', () => {
  it('keeps "__proto__" and "constructor" as ordinary keys, at every level', () => {
    const state = withoutPrototypes(JSON.parse('{"maps": {"__proto__": {"n": 1}, "constructor": {"n": 2}}, "list": [{"a": 1}]}'));
    expect(Object.getPrototypeOf(state)).toBeNull();
    expect(Object.getPrototypeOf(state.maps)).toBeNull();
    expect(Object.getPrototypeOf(state.list[0])).toBeNull();
    expect(Object.keys(state.maps)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(state.maps, '__proto__')?.value).toEqual({ n: 1 });
  });

  it('stays prototype-less through Immer writes, which add "__proto__" as a key, not a prototype', () => {
    // The copies Immer makes must have no prototype either, or a later write of a "__proto__" id
    // would set one instead of adding an entry.
    const state = Object.freeze(withoutPrototypes({ events: { e1: { title: 'a' } } }));
    const next = produce(state, (draft: { events: Record<string, { title: string }> }) => {
      draft.events.__proto__ = { title: 'b' };
      (draft.events.e1 as { title: string }).title = 'c';
    });
    expect(Object.getPrototypeOf(next)).toBeNull();
    expect(Object.getPrototypeOf(next.events)).toBeNull();
    expect(Object.keys(next.events)).toEqual(['e1', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(next.events, '__proto__')?.value).toEqual({ title: 'b' });
    expect(state.events.e1).toEqual({ title: 'a' });
    expect(Object.isFrozen(next.events)).toBe(true);
  });
});
