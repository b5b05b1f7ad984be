import { z } from 'zod';

/**
 * The Product Advertising API lets callers choose which resource groups come back; this catalog
 * always returns whole records, so the argument is accepted and has no effect (as in the reference).
 */
export const resourcesArgument = z.array(z.string()).nullable().default(null);
