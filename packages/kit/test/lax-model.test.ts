import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { anyInteger, readLaxModel } from '../src/index.js';

// A model the reference builds inside a tool from a caller's dict (`Item(**item)`), read as pydantic does.
const item = z.object({ name: z.string(), quantity: anyInteger().min(1), price: z.number().optional() });

describe('readLaxModel', () => {
  it('applies pydantic lax conversions to numbers and drops unknown fields', () => {
    expect(readLaxModel(item, { name: 'a', quantity: '2', price: '1.5', extra: 1 })).toEqual({
      ok: true,
      value: { name: 'a', quantity: 2, price: 1.5 },
    });
    expect(readLaxModel(item, { name: 'a', quantity: true })).toEqual({ ok: true, value: { name: 'a', quantity: 1 } });
    expect(readLaxModel(item, { name: 'a', quantity: 3.0 })).toEqual({ ok: true, value: { name: 'a', quantity: 3 } });
  });

  it('names the field that does not fit, and refuses what is not a mapping', () => {
    expect(readLaxModel(item, { name: 5, quantity: 1 })).toMatchObject({ ok: false, message: expect.stringMatching(/^name: /) });
    expect(readLaxModel(item, { name: 'a', quantity: 0 })).toMatchObject({ ok: false, message: expect.stringMatching(/^quantity: /) });
    expect(readLaxModel(item, { name: 'a' })).toMatchObject({ ok: false, message: expect.stringMatching(/^quantity: /) });
    expect(readLaxModel(item, 'x')).toEqual({ ok: false, message: 'expected an object, got the string "x"' });
    expect(readLaxModel(item, null)).toEqual({ ok: false, message: 'expected an object, got null' });
    expect(readLaxModel(item, [1])).toEqual({ ok: false, message: 'expected an object, got an array' });
  });
});
