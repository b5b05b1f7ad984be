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
      .optional()
      .meta({
        description: 'The servers the episode holds, by catalog name (GET /v1/environments); required unless taskId is given.',
        examples: [['Calendar']],
      }),
    taskId: z
      .string()
      .min(1)
      .optional()
      .meta({
        description:
          'Reset from a task (POST /v1/tasks): its servers and initial_config; evaluate then needs no ground truth. Not with servers, scenario or presets.',
        examples: ['task_0'],
      }),
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

export const stepRequest = z
  .object({
    calls: z
      .array(toolCall)
      .min(1, 'send at least one call')
      .max(1000)
      .optional()
      .meta({
        description: "One turn's tool calls, run in order; each sees the state the one before it left. Required unless text is given.",
        examples: [[{ name: 'Calendar-search_events', arguments: { query: 'review' } }]],
      }),
    text: z
      .string()
      .optional()
      .meta({
        description:
          'Instead of calls: the assistant message as the model wrote it. Its `<tool_call>{"name": …, "arguments": …}</tool_call>` blocks (Hermes/Qwen3) run in order as the calls, read as EnvFactory\'s reward reads them; the malformed ones are answered in `malformed` and added to the episode\'s `formatErrors`, which evaluate uses when its request gives none. No well-formed block: a step with no calls.',
        examples: ['<tool_call>{"name": "Calendar-search_events", "arguments": {"query": "review"}}</tool_call>'],
      }),
  })
  .superRefine((body, context) => {
    if (body.calls !== undefined && body.text !== undefined) {
      context.addIssue({ code: 'custom', path: ['text'], message: 'give calls or text, not both' });
    } else if (body.calls === undefined && body.text === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['calls'],
        message: 'send calls (the parsed tool calls), or text (the assistant message with <tool_call> blocks)',
      });
    }
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

/** One ground-truth call, as EnvFactory's data carries it (`reward_model.ground_truth`). */
export const groundTruthCall = z.object({
  name: z.string().min(1),
  arguments: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('The arguments the call must have; arguments the ground truth does not name are not compared.'),
  masked_arguments: z.array(z.string()).optional().describe('Arguments whose values are not compared (nor required).'),
});

const ratio = z.number().min(0).max(1);

/** EnvFactory's `data.reward_scheduler` (VeRL fork), with its own key names so a config pastes as is. */
export const rewardScheduler = z
  .object({
    mode: z.enum(['fix', 'linear']).optional().describe('"linear" when left out, as in the fork.'),
    start_ratio: ratio.optional().describe('tau at epoch 0 in linear mode (default 0.9).'),
    end_ratio: ratio.optional().describe('tau from epoch totalEpochs on in linear mode (default 0.1).'),
    default_ratio: ratio.optional().describe('tau in fix mode (default 0.5).'),
  })
  .describe("EnvFactory's data.reward_scheduler. tau = default_ratio (fix), or start + (end − start)·min(epoch/totalEpochs, 1) (linear).");

export const evaluateRequest = z.object({
  groundTruth: z
    .array(groundTruthCall)
    .optional()
    .describe('The ground-truth calls. Required unless the episode was reset from a task, whose ground truth is then used.'),
  finalConfig: z
    .record(z.string(), z.unknown())
    .optional()
    .describe(
      "The ground truth's final state per server. Required unless the episode was reset from a task; {} scores state 0 (EnvFactory's own default), never full credit.",
    ),
  maskedArguments: z
    .record(z.string(), z.array(z.string()))
    .optional()
    .describe("More masked arguments, by tool name (`Server-tool` or bare), on top of each call's masked_arguments."),
  tau: z.number().min(0).max(1).optional().describe('The weight of the trace score; when given, the schedule is not used.'),
  epoch: z.int().min(0).optional().describe("The training epoch, for the schedule (the fork's extra_info.epoch; default 1)."),
  totalEpochs: z.int().min(0).optional().describe("Epochs in the schedule (the fork's extra_info.total_epochs; default 2)."),
  rewardScheduler: rewardScheduler
    .optional()
    .describe("EnvFactory's data.reward_scheduler; {} when left out (linear: tau 0.5 at epoch 1 of 2)."),
  formatErrors: z
    .int()
    .min(0)
    .optional()
    .describe(
      "Tool calls the model wrote that did not parse (0.05 each, at most 0.5). Left out: the malformed <tool_call> blocks of the episode's text steps (0 when it had none).",
    ),
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
export type GroundTruthCall = z.input<typeof groundTruthCall>;
export type RewardScheduler = z.input<typeof rewardScheduler>;
export type BatchOpName = (typeof batchOps)[number];
