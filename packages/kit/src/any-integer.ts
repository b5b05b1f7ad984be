import { z } from 'zod';

// At and above this magnitude a JSON number can only have been written in exponent form (1e+21),
// that is as a float, and pydantic refuses to read floats that large as an int.
const FLOAT_ONLY = 1e21;

/**
 * An integer of any size, for `int` parameters and fields: Python's ints are unbounded, so a huge
 * count is a valid (if pointless) request to the reference, where zod's `z.int()` stops at 2^53.
 * The JSON Schema still says `type: integer`, which is also what makes lax reading accept "5" and
 * 5.0 as integers.
 */
export function anyInteger() {
  return z
    .number()
    .refine(Number.isInteger, { message: 'Invalid input: expected int, received number' })
    .refine((n) => Math.abs(n) < FLOAT_ONLY, { message: 'Number too large to read as an integer' })
    .meta({ type: 'integer' });
}
