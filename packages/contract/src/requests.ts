import { NAME_PATTERN } from './names.js';
import { z } from 'zod';

// The bodies of the v1 API: the engine parses them with these schemas, the OpenAPI document is
// generated from them, and the clients' request types are inferred from them.

const serverName = z.string().min(1).regex(NAME_PATTERN, 'server names are letters, digits and "_"');

export const resetRequest = z.object({
  servers: z.array(serverName).min(1, 'name at least one server'),
  scenario: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  presets: z.record(z.string(), z.string().min(1)).optional(),
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  ttlSeconds: z
    .int()
    .min(1)
    .max(7 * 24 * 3600)
    .optional(),
});

export const toolCall = z.object({
  name: z.string().min(1),
  arguments: z.unknown().optional(),
});

export const stepRequest = z.object({ calls: z.array(toolCall).min(1, 'send at least one call').max(1000) });

export const restoreRequest = z.object({ snapshotId: z.string().min(1) });

export const forkRequest = z.object({ count: z.int().min(1).max(1024).optional() });

export const evaluateRequest = z.object({
  groundTruth: z.array(
    z.object({
      name: z.string().min(1),
      arguments: z.unknown().optional(),
      masked_arguments: z.array(z.string()).optional(),
    }),
  ),
  finalConfig: z.record(z.string(), z.unknown()).default({}),
  maskedArguments: z.record(z.string(), z.array(z.string())).optional(),
  tau: z.number().min(0).max(1).optional(),
  formatErrors: z.int().min(0).optional(),
});

/** Ops one batch may carry: enough for a worker's whole group of episodes, bounded per request. */
export const MAX_BATCH_OPS = 4096;

export const batchOps = ['reset', 'step', 'state', 'evaluate', 'close'] as const;

/**
 * `POST /v1/batch`: each op is its own route's body plus `op` and the episode it acts on; the
 * engine checks each op's body when it runs, so one bad op is answered on its own.
 */
export const batchRequest = z.object({
  ops: z
    .array(
      z.looseObject({
        op: z.enum(batchOps),
        episodeId: z.string().optional(),
      }),
    )
    .min(1)
    .max(MAX_BATCH_OPS)
    .describe(
      `1 to ${MAX_BATCH_OPS} ops, run in order. Each is its own route's body plus \`op\` and, but for a reset, the \`episodeId\` it acts on: reset as POST /v1/episodes, step as …/step, evaluate as …/evaluate; state and close carry nothing else.`,
    ),
});

export type ResetRequest = z.input<typeof resetRequest>;
export type StepRequest = z.input<typeof stepRequest>;
export type ToolCall = z.input<typeof toolCall>;
export type EvaluateRequest = z.input<typeof evaluateRequest>;
export type RestoreRequest = z.input<typeof restoreRequest>;
export type ForkRequest = z.input<typeof forkRequest>;
export type GroundTruthCall = EvaluateRequest['groundTruth'][number];
export type BatchOpName = (typeof batchOps)[number];
