import type { z } from 'zod';

/**
 * A parameter the reference declares `x: T = None` rather than `Optional[T]`: its published schema
 * is `{type: T, default: null}` with no null branch, so the zod type must stay non-nullable while
 * the default is null (`.nullable().default(null)` would publish an `anyOf` with null and differ
 * from the catalog). Handlers see `T | null`.
 */
export function defaultNull<T extends z.ZodType>(schema: T): z.ZodDefault<z.ZodNullable<T>> {
  return schema.default(null as never) as unknown as z.ZodDefault<z.ZodNullable<T>>;
}
