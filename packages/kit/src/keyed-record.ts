import { z } from 'zod';

/**
 * A scenario map keyed by strings the scenario chooses (`Dict[str, X]`), checked like
 * `z.record(z.string(), value)` but with every key kept as an entry of its own. `z.record` builds
 * its result by assignment, so a `"__proto__"` key silently vanishes (it sets the prototype
 * instead), where the reference keeps it like any other key.
 */
export function keyedRecord<T extends z.ZodType>(value: T) {
  const record = z.record(z.string(), value);
  // Lax reading of scenarios ("3" for an int) follows the JSON Schema, so it must describe a record.
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(record, { io: 'input', unrepresentable: 'any' });
  return z
    .unknown()
    .meta(jsonSchema)
    .transform((input, ctx): Record<string, z.output<T>> => {
      const checked = record.safeParse(input);
      if (!checked.success) {
        for (const issue of checked.error.issues) ctx.addIssue({ ...issue, input } as never);
        return z.NEVER;
      }
      // z.record skipped a "__proto__" entry, so each entry is read again here.
      const entries = Object.entries(input as Record<string, unknown>).map(([key, item]) => {
        const read = value.safeParse(item);
        if (!read.success) {
          for (const issue of read.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] } as never);
          return undefined;
        }
        return [key, read.data] as const;
      });
      if (entries.some((entry) => entry === undefined)) return z.NEVER;
      // fromEntries defines own properties, so "__proto__" stays an ordinary key.
      return Object.fromEntries(entries as (readonly [string, z.output<T>])[]);
    });
}
