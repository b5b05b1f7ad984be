import { NAME_PATTERN } from './names.js';
import { z } from 'zod';

// The bodies of the v1 API: the engine parses them with these schemas, the OpenAPI document is
// generated from them, and the clients' request types are inferred from them.

const serverName = z.string().min(1).regex(NAME_PATTERN, 'server names are letters, digits and "_"');

export const resetRequest = z
  .object({
    servers: z
      .array(serverName)
      .min(1, 'name at least one server')
      .meta({ description: 'The servers the episode holds, by catalog name (GET /v1/environments).', examples: [['Calendar']] }),
    scenario: z
      .record(z.string(), z.record(z.string(), z.unknown()))
      .optional()
      .meta({
        description: "Per server, the world to start from, in the environment's scenario shape; missing fields take their defaults.",
        examples: [{ Calendar: { calendars: {}, events: {} } }],
      }),
    presets: z
      .record(z.string(), z.string().min(1))
      .optional()
      .meta({ description: 'Per server, a named world to start from instead of a scenario.', examples: [{ Calendar: 'demo' }] }),
    seed: z
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .optional()
      .meta({
        description: 'Seeds the ids, clock and randomness tools use: the same seed and calls give the same results.',
        examples: [1],
      }),
    ttlSeconds: z
      .int()
      .min(1)
      .max(7 * 24 * 3600)
      .optional()
      .meta({ description: 'Close the episode after this long without a request (default ENVFLEET_TTL_SECONDS, 900).', examples: [600] }),
  })
  .meta({ examples: [{ servers: ['Calendar'], presets: { Calendar: 'demo' }, seed: 1 }] });

export const toolCall = z.object({
  name: z
    .string()
    .min(1)
    .meta({
      description: 'The tool as `Server-tool` (a bare tool name is taken in a one-server episode).',
      examples: ['Calendar-search_events'],
    }),
  arguments: z
    .unknown()
    .optional()
    .meta({ description: "The tool's arguments (its inputSchema).", examples: [{ query: 'review' }] }),
});

export const stepRequest = z.object({
  calls: z
    .array(toolCall)
    .min(1, 'send at least one call')
    .max(1000)
    .meta({
      description: "One turn's tool calls, run in order; each sees the state the one before it left.",
      examples: [[{ name: 'Calendar-search_events', arguments: { query: 'review' } }]],
    }),
});

export const restoreRequest = z.object({
  snapshotId: z
    .string()
    .min(1)
    .meta({ description: 'A snapshot of this episode (POST …/snapshots).', examples: ['snap_0123456789abcdef'] }),
});

export const forkRequest = z.object({
  count: z
    .int()
    .min(1)
    .max(1024)
    .optional()
    .meta({ description: 'How many copies (default 1).', examples: [8] }),
});

export const evaluateRequest = z.object({
  groundTruth: z
    .array(
      z.object({
        name: z.string().min(1),
        arguments: z.unknown().optional(),
        masked_arguments: z.array(z.string()).optional(),
      }),
    )
    .meta({
      description: 'The calls the task needs: each must be matched by a distinct successful call with equal arguments for trace = 1.',
      examples: [[{ name: 'Calendar-search_events', arguments: { query: 'review' } }]],
    }),
  finalConfig: z
    .record(z.string(), z.unknown())
    .default({})
    .meta({ description: 'Per server, the state the task should end in; servers left out are not scored on state.', examples: [{}] }),
  maskedArguments: z
    .record(z.string(), z.array(z.string()))
    .optional()
    .meta({
      description: 'Per tool, arguments left out of the trace comparison.',
      examples: [{ 'Calendar-create_event': ['description'] }],
    }),
  tau: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .meta({ description: 'Weight of the trace score against the state score (default 0.5).', examples: [0.5] }),
  formatErrors: z
    .int()
    .min(0)
    .optional()
    .meta({ description: 'Malformed tool calls the agent made: 0.05 off the reward each, at most 0.5.', examples: [0] }),
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
