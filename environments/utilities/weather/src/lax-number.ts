import { parsePythonFloat } from '@envfleet/kit';
import { z } from 'zod';

// The reference loads scenarios with pydantic's lax mode, which reads a numeric string ("12.5") or
// a boolean as a number. Scenario numbers accept the same, so those worlds load here too.
function looseNumber(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const parsed = parsePythonFloat(value);
    return parsed !== undefined && Number.isFinite(parsed) ? parsed : value;
  }
  return value;
}

/** A scenario number (float or int schema, constraints included) that also takes what pydantic coerces. */
export function lax<T extends z.ZodType<number>>(schema: T) {
  // Typed by its declared input (a number) so defaults and inferred input types stay numeric.
  return z.preprocess<unknown, T, number>(looseNumber, schema);
}

/**
 * A tool's integer parameter. Python ints have no size limit, so a huge whole number (10**20) is
 * accepted as the reference accepts it; zod's z.int() would stop at 2^53. Published as "integer".
 */
export function wholeNumber() {
  return z.number().refine(Number.isInteger, { message: 'expected an integer' }).meta({ type: 'integer' });
}
