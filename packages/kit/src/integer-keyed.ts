import { z } from 'zod';
import { canonicalIntegerText, isIntegerText } from './digit-underscores.js';

// A scenario field typed Dict[int, X] in the reference: pydantic reads each JSON key as an int
// (" 2 ", "01", "1_0" and "1.0" are 2, 1, 10 and 1; "1." is refused) and saves it back as that int's
// digits, the last value winning when two keys read as the same number. Linear in the key length.
function canonicalKey(key: string): string | undefined {
  const text = key.trim();
  if (!isIntegerText(text)) return undefined;
  return canonicalIntegerText(text);
}

/** A scenario map keyed by integers written as JSON object keys (`Dict[int, X]`), normalised as pydantic does. */
export function integerKeyed<T extends z.ZodType>(value: T) {
  return z
    .record(z.string(), value)
    .superRefine((map, ctx) => {
      for (const key of Object.keys(map)) {
        if (canonicalKey(key) === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `key "${key}" must be an integer id` });
      }
    })
    .transform((map) => {
      const out: Record<string, z.output<T>> = {};
      for (const [key, entry] of Object.entries(map)) out[canonicalKey(key) as string] = entry;
      return out;
    });
}
