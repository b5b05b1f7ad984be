import type { z } from 'zod';

/**
 * A parameter the reference declares as `x: T = None` (not `Optional[T]`): its published schema is
 * `{type: T, default: null}` with no null branch, so the catalog matches only if the zod type stays
 * non-nullable while the default is null. Handlers see `T | null`.
 */
export function optional<T extends z.ZodType>(schema: T): z.ZodDefault<z.ZodNullable<T>> {
  return schema.default(null as never) as unknown as z.ZodDefault<z.ZodNullable<T>>;
}
