import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

/**
 * BFCL's MathAPI is stateless (its checker compares no attribute of it). The scenario takes the
 * `long_context` flag BFCL passes to every class, which MathAPI ignores, and keeps it privately.
 */
export const scenarioSchema = z
  .object({
    long_context: z.boolean().optional(),
    _long_context: z.boolean().default(false),
  })
  .overwrite(({ long_context, ...state }) => ({ ...state, _long_context: long_context ?? state._long_context }));

export type BfclMathApiState = z.output<typeof scenarioSchema>;

export const defineMathTool = toolsFor<BfclMathApiState>();

/** Every MathAPI tool is a pure function of its arguments. */
export const PURE = { readOnlyHint: true } as const;
