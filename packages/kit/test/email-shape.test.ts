import { describe, expect, it } from 'vitest';
import { hasEmailShape } from '../src/email-shape.js';

// The same answers as the pattern ^[^@]+@[^@]+\.[^@]+$ (checked against it below on short inputs).
const PATTERN = /^[^@]+@[^@]+\.[^@]+$/;

describe('hasEmailShape', () => {
  it('agrees with the reference pattern', () => {
    const samples = [
      'a@b.c',
      'a@b.',
      'a@.c',
      'a@bc',
      '@b.c',
      'a@b@c.d',
      'a.b@c.d.e',
      'a@..',
      'a@...',
      'a@b..c',
      ' @ . ',
      'a@b.c\n',
      'name@example.com',
    ];
    for (const sample of samples) expect(hasEmailShape(sample), sample).toBe(PATTERN.test(sample));
  });

  it('answers at once on a long domain of dots, where the backtracking pattern is quadratic', () => {
    expect(hasEmailShape(`a@${'.'.repeat(2_000_000)}`)).toBe(true);
    expect(hasEmailShape(`a@${'.'.repeat(2_000_000)}@`)).toBe(false);
  });
});
