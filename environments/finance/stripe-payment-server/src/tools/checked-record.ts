import { ToolError } from '@envfleet/kit';
import type { z } from 'zod';

/**
 * A new record validated against its scenario schema, as the reference validates the pydantic model
 * it builds from the arguments: the first problem becomes the call's error.
 */
export function checkedRecord<T>(schema: z.ZodType<T>, record: unknown): T {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  throw new ToolError(parsed.error.issues[0]?.message ?? 'The new record is not valid');
}
