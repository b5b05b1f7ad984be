import { z } from 'zod';

// At and above this magnitude a JSON number can only have been written in exponent form (1e+21),
// i.e. as a float, and pydantic refuses to read floats that large as an int.
const FLOAT_ONLY = 1e21;

/**
 * An integer argument of any size. The reference's Python ints are unbounded, so a huge limit or
 * offset is a valid (if pointless) request there; zod's `z.int()` would refuse anything past 2^53.
 * The schema still publishes `type: integer`, which is also what makes argument reading accept
 * "5" and 5.0 as integers.
 */
export const anyInt = () =>
  z
    .number()
    .refine(Number.isInteger, { message: 'Invalid input: expected int, received number' })
    .refine((n) => Math.abs(n) < FLOAT_ONLY, { message: 'Number too large to read as an integer' })
    .meta({ type: 'integer' });
