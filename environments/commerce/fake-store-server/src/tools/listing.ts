import { pythonSlice } from '@envfleet/kit';
import { z } from 'zod';

/** Shared arguments of the two "list everything" tools. */
export const listingInput = z.object({
  limit: z.int().nullable().default(null),
  sort: z.string().nullable().default(null),
});

/**
 * Orders by id ("desc" for newest first, anything else ascending) and applies the limit the way
 * the reference does: 0 or no limit returns everything, and a negative limit (Python slicing)
 * drops that many from the end.
 */
export function sortAndLimit<T extends { id: number }>(records: T[], limit: number | null, sort: string | null): T[] {
  const ordered = [...records].sort(sort === 'desc' ? (a, b) => b.id - a.id : (a, b) => a.id - b.id);
  if (!limit) return ordered;
  return pythonSlice(ordered, null, limit);
}
