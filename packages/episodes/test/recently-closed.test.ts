import { describe, expect, it } from 'vitest';
import { RecentlyClosed } from '../src/index.js';

describe('RecentlyClosed', () => {
  const answer = (steps: number) => ({ state: {}, steps });

  it('keeps an answer for its seconds, then forgets it', () => {
    let now = 1_000;
    const closed = new RecentlyClosed(120, 10, () => now);
    closed.remember('ep_a', answer(1));
    now += 119_999;
    expect(closed.get('ep_a')).toEqual(answer(1));
    now += 1;
    expect(closed.get('ep_a')).toBeUndefined();
  });

  it('keeps at most its capacity, dropping the oldest first', () => {
    const closed = new RecentlyClosed(120, 2);
    closed.remember('ep_a', answer(1));
    closed.remember('ep_b', answer(2));
    closed.remember('ep_c', answer(3));
    expect(closed.get('ep_a')).toBeUndefined();
    expect(closed.get('ep_b')).toEqual(answer(2));
    expect(closed.get('ep_c')).toEqual(answer(3));
  });

  it('keeps nothing when set to 0 seconds', () => {
    const closed = new RecentlyClosed(0);
    closed.remember('ep_a', answer(1));
    expect(closed.get('ep_a')).toBeUndefined();
  });
});
