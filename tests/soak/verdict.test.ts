/** The soak's memory verdict on curves of known shape: a leak fails it, noise and a plateau do not. */
import { describe, expect, it } from 'vitest';
import { type CurvePoint, growthVerdict } from './verdict.js';

const MiB = 1024 * 1024;
const tolerance = { absolute: 8 * MiB, relative: 0.05 };
const curve = (count: number, value: (i: number) => number): CurvePoint[] =>
  Array.from({ length: count }, (_, i) => ({ seconds: i * 5, value: value(i) }));
// A fixed, repeatable wobble of ±3 MiB: what collections and the reaper's rhythm look like.
const wobble = (i: number) => [0, 3, -2, 1, -3, 2, 0, -1][i % 8]! * MiB;

describe('growthVerdict', () => {
  it('passes a flat curve with collector noise', () => {
    expect(
      growthVerdict(
        curve(24, (i) => 120 * MiB + wobble(i)),
        tolerance,
      ).grows,
    ).toBe(false);
  });

  it('fails a steady leak of 1 MiB per sample', () => {
    const verdict = growthVerdict(
      curve(24, (i) => 120 * MiB + i * MiB + wobble(i)),
      tolerance,
    );
    expect(verdict.grows).toBe(true);
    expect(verdict.slopePerMinute).toBeGreaterThan(11 * MiB);
  });

  it('passes a curve whose only rise is one late spike', () => {
    const spiky = curve(24, (i) => 120 * MiB + (i === 23 ? 60 * MiB : 0));
    expect(growthVerdict(spiky, tolerance).grows).toBe(false);
  });

  it('fails a step up that stays up (a cache that never shrinks)', () => {
    expect(
      growthVerdict(
        curve(24, (i) => (i < 12 ? 120 : 180) * MiB),
        tolerance,
      ).grows,
    ).toBe(true);
  });

  it('refuses to judge too few samples', () => {
    expect(() =>
      growthVerdict(
        curve(3, () => MiB),
        tolerance,
      ),
    ).toThrow(/at least 6 samples/);
  });
});
