import { z } from 'zod';

// Scenario files are read by the reference with pydantic in lax mode: numeric fields also take
// numeric text ("12", " 3.5 ", "1_000") and booleans (as 1/0). Reading them the same way lets every
// world the reference loads load here too, and the numbers are saved as numbers.
const INTEGER_TEXT = /^[+-]?\d+(?:_\d+)*(?:\.0*)?$/;
const NUMBER_TEXT = /^[+-]?(?:\d+(?:_\d+)*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function readNumber(pattern: RegExp) {
  return (value: unknown): unknown => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (typeof value === 'string') {
      const text = value.trim();
      if (pattern.test(text)) return Number(text.replaceAll('_', ''));
    }
    return value;
  };
}

/** A scenario integer field, read like pydantic's lax `int`. */
export function laxInt<T extends z.ZodType>(schema: T) {
  return z.preprocess(readNumber(INTEGER_TEXT), schema);
}

/** A scenario float field, read like pydantic's lax `float`. */
export function laxNumber<T extends z.ZodType>(schema: T) {
  return z.preprocess(readNumber(NUMBER_TEXT), schema);
}

/**
 * A whole-number argument of any size: Python integers are unbounded, so a limit beyond 2^53 (which
 * `z.int()` refuses) is still a valid integer. The published JSON Schema stays `type: integer`.
 */
export function anyInteger() {
  return z.number().refine(Number.isInteger, { message: 'expected an integer' }).meta({ type: 'integer' });
}
