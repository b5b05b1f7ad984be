import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// TODO: a believable world of our own — a few dozen entities with consistent ids, and the edge cases
// worth exploring (empty lists, limits, near-duplicates). The contract suite requires it to differ
// from the default world.
export const demo: z.input<typeof scenarioSchema> = {};
