import { z } from 'zod';

// Scenario files are read by the reference with pydantic in lax mode: an int field also takes
// numeric text ("5") and booleans, a bool field also takes 0/1 and words such as "yes" or "off".
// Reading them the same way lets every world the reference loads load here too.
const INTEGER_TEXT = /^[+-]?\d+(?:_\d+)*(?:\.0*)?$/;
const TRUE_TEXT = new Set(['true', '1', 'yes', 'on', 't', 'y']);
const FALSE_TEXT = new Set(['false', '0', 'no', 'off', 'f', 'n']);

/** A scenario integer field, read like pydantic's lax `int`. */
export function laxInt<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) return Number(value.trim().replaceAll('_', ''));
    return value;
  }, schema);
}

/** A scenario boolean field, read like pydantic's lax `bool`. */
export function laxBool<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    if (value === 1 || value === 0) return value === 1;
    if (typeof value === 'string') {
      const text = value.trim().toLowerCase();
      if (TRUE_TEXT.has(text)) return true;
      if (FALSE_TEXT.has(text)) return false;
    }
    return value;
  }, schema);
}

/**
 * A whole-number argument of any size: Python integers are unbounded, so a value beyond 2^53 (which
 * `z.int()` refuses) is still a valid integer. The published JSON Schema stays `type: integer`.
 */
export function anyInteger() {
  return z.number().refine(Number.isInteger, { message: 'expected an integer' }).meta({ type: 'integer' });
}
