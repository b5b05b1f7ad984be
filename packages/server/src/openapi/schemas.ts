import { evaluateRequest, forkRequest, resetRequest, restoreRequest, stepRequest } from '@envfleet/episodes';
import { z } from 'zod';
import { batchOps, batchRequest } from '../plugins/batch.js';

// Answers of the v1 API, as zod schemas so the OpenAPI document is generated, never hand-kept.
const tool = z.object({
  name: z.string(),
  description: z.string(),
  inputSchema: z.record(z.string(), z.unknown()),
  annotations: z.record(z.string(), z.unknown()),
});

export const environmentDescription = z.object({
  name: z.string(),
  domain: z.string(),
  version: z.string(),
  description: z.string(),
  presets: z.array(z.string()),
  tools: z.array(tool),
  remote: z.object({ url: z.string(), healthy: z.boolean() }).optional(),
});

export const problem = z.object({
  type: z.string(),
  status: z.int(),
  title: z.string(),
  detail: z.string(),
  issues: z.array(z.string()).optional(),
  setting: z.string().optional().describe('For a refusal by a limit: the environment variable that sets it (docs/limits.md).'),
  limit: z.number().optional().describe("For a refusal by a limit: the limit's value."),
});

const batchResult = z.object({
  op: z.enum(batchOps),
  status: z
    .int()
    .describe(
      'What the op would have answered on its own route. 2xx: applied. 4xx: refused, nothing changed. 5xx: failed on the server (logged); read the episode before retrying.',
    ),
  episodeId: z.string().optional().describe('The episode the op acted on; for a reset, the episode it created.'),
  body: z.unknown().describe("The op's answer as its own route gives it, or a problem (status, title, detail, issues) when it failed."),
});

const callResult = z.object({ name: z.string(), isError: z.boolean(), content: z.unknown() });
const patchOperation = z.object({ op: z.enum(['add', 'remove', 'replace']), path: z.string(), value: z.unknown().optional() });

export const responses = {
  environments: z.object({ environments: z.array(environmentDescription) }),
  environment: environmentDescription.extend({ defaultScenario: z.record(z.string(), z.unknown()) }),
  reset: z.object({ episodeId: z.string(), servers: z.array(z.string()), tools: z.array(tool), mcpUrl: z.string() }),
  step: z.object({ step: z.int(), results: z.array(callResult) }),
  state: z.object({ state: z.record(z.string(), z.unknown()), step: z.int() }),
  trajectory: z.object({
    calls: z.array(z.object({ step: z.int(), name: z.string(), arguments: z.unknown(), isError: z.boolean(), content: z.unknown() })),
  }),
  snapshot: z.object({ snapshotId: z.string(), step: z.int() }),
  restore: z.object({ step: z.int() }),
  fork: z.object({ episodeIds: z.array(z.string()) }),
  evaluate: z.object({
    reward: z.number(),
    trace: z.union([z.literal(0), z.literal(1)]),
    state: z.number(),
    lengthPenalty: z.number(),
    formatPenalty: z.number(),
    diff: z.record(z.string(), z.array(patchOperation)),
  }),
  close: z.object({ state: z.record(z.string(), z.unknown()), steps: z.int() }),
  batch: z.object({
    results: z.array(batchResult).describe('One result per op, in the order sent — always all of them, whichever ops failed.'),
  }),
};

export const requests = {
  reset: resetRequest,
  step: stepRequest,
  restore: restoreRequest,
  fork: forkRequest,
  evaluate: evaluateRequest,
  batch: batchRequest,
};
