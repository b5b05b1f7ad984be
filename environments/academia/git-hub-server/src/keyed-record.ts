import { z } from 'zod';

/**
 * A scenario map keyed by names the scenario chooses (branch names, file paths, repository keys).
 * Like `z.record(z.string(), value)`, except that a "__proto__" key is kept as an ordinary entry:
 * `z.record` rebuilds the map by assignment and silently drops it, where the reference keeps it.
 */
export function keyedRecord<T extends z.ZodType>(value: T) {
  const shape = z.record(z.string(), value);
  // The scenario's JSON Schema drives lax reading ("3" for an int) and is what clients see, so it
  // describes the map as z.record would.
  const { $schema: _dialect, ...described } = z.toJSONSchema(shape, { io: 'input', unrepresentable: 'any' });
  return z
    .unknown()
    .meta(described)
    .transform((raw, ctx): Record<string, z.output<T>> => {
      const checked = shape.safeParse(raw);
      if (!checked.success) {
        for (const issue of checked.error.issues) ctx.addIssue({ ...issue, input: raw } as never);
        return z.NEVER;
      }
      const entries: [string, z.output<T>][] = [];
      for (const [key, item] of Object.entries(raw as Record<string, unknown>)) {
        const one = value.safeParse(item);
        if (!one.success) {
          for (const issue of one.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] } as never);
          return z.NEVER;
        }
        entries.push([key, one.data as z.output<T>]);
      }
      // fromEntries defines own properties, so "__proto__" stays a key.
      return Object.fromEntries(entries);
    });
}
