import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

/** MathAPI has no state; the demo is the long-context flag set, which MathAPI ignores, as BFCL does. */
export const demo: z.input<typeof scenarioSchema> = { long_context: true };
