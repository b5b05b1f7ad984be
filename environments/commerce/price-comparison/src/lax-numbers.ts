import { z } from 'zod';

// Scenario files written for the reference are read by pydantic in lax mode, which takes true/false
// as 1/0 and numeric text such as "12" or " 3.5 " for numeric fields. Reading them the same way
// lets every world the reference loads load here too, with the numbers saved as numbers.
const INTEGER_TEXT = /^[+-]?\d+(?:_\d+)*(?:\.0*)?$/;
const NUMBER_TEXT = /^[+-]?(?:\d+(?:_\d+)*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function reader(pattern: RegExp) {
  return (value: unknown): unknown => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (typeof value === 'string') {
      const text = value.trim();
      if (pattern.test(text)) return Number(text.replaceAll('_', ''));
    }
    return value;
  };
}

/** An integer field read like pydantic's `int` (lax). */
export function laxInt<T extends z.ZodType>(schema: T) {
  return z.preprocess(reader(INTEGER_TEXT), schema);
}

/** A number field read like pydantic's `float` (lax). */
export function laxNumber<T extends z.ZodType>(schema: T) {
  return z.preprocess(reader(NUMBER_TEXT), schema);
}

/**
 * A whole-number argument. Python integers have no size limit, so values beyond 2^53 (which zod's
 * `z.int()` refuses) are accepted too; the published JSON Schema is still `type: integer`.
 */
export function anyInteger() {
  return z.number().refine(Number.isInteger, { message: 'expected an integer' }).meta({ type: 'integer' });
}
