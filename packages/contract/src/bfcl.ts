import { z } from 'zod';

// BFCL multi-turn's evaluation of a rollout on Bfcl servers (docs/bfcl.md), computed from the
// episode the rollout ran in.

export const bfclEvaluateRequest = z.object({
  groundTruth: z
    .array(z.array(z.string()).max(1000))
    .min(1)
    .max(1000)
    .describe("The entry's possible_answer: BFCL's Python call strings, turn by turn (parsed, never evaluated)."),
  turnSteps: z
    .array(z.int().min(0))
    .min(1)
    .max(1000)
    .describe(
      "How many of the episode's steps each turn took, in order, adding up to the episode's steps; 0 for a turn the model answered in words only.",
    ),
});

export const bfclEvaluation = z.object({
  valid: z.boolean().describe("BFCL's verdict: every turn's state equal to the gold run's, and the gold results among the model's."),
  errorType: z
    .string()
    .optional()
    .describe(
      'When not valid: the error type BFCL reports (multi_turn:instance_state_mismatch, multi_turn:execution_response_mismatch, …).',
    ),
  message: z.string().optional(),
  turn: z.int().optional().describe('The first turn that failed, counted from 0.'),
  details: z.record(z.string(), z.unknown()).optional().describe('What differed (attributes with both values, missing results).'),
});

const BFCL_CLASSES = [
  'GorillaFileSystem',
  'MathAPI',
  'MessageAPI',
  'TwitterAPI',
  'TicketAPI',
  'TradingBot',
  'TravelAPI',
  'VehicleControlAPI',
] as const;

const modelCall = z.object({ name: z.string().min(1), arguments: z.record(z.string(), z.unknown()).default({}) });

/** A BFCL entry and a model's calls, scored without an episode (both sides run on fresh ones). */
export const bfclScoreRequest = z.object({
  involved_classes: z.array(z.enum(BFCL_CLASSES)).min(1).describe("The entry's involved_classes; each is served as Bfcl<Class>."),
  initial_config: z.record(z.string(), z.record(z.string(), z.unknown())).default({}).describe("The entry's initial_config, by class."),
  long_context: z.boolean().default(false),
  model: z.array(z.array(modelCall)).describe('What the model called, turn by turn; bare BFCL names or `Server-tool`.'),
  ground_truth: z.array(z.array(z.string())).describe("The entry's possible_answer: Python call strings, turn by turn."),
});

export type BfclEvaluateRequest = z.input<typeof bfclEvaluateRequest>;
export type BfclEvaluation = z.output<typeof bfclEvaluation>;
