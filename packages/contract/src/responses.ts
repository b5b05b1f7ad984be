import { z } from 'zod';
import { jsonValue } from './json.js';
import { batchOps } from './requests.js';

// The answers of the v1 API. The engine's result types are inferred from these, the OpenAPI
// document is generated from them, and the clients read their types from them.

/** A JSON Schema document, as the server publishes it for each tool's input. */
const jsonSchema = z.record(z.string(), z.unknown());

/** MCP tool annotations; `readOnlyHint` marks tools that only read the state. */
export const toolAnnotations = z.looseObject({
  title: z.string().optional(),
  readOnlyHint: z.boolean().optional(),
  destructiveHint: z.boolean().optional(),
  idempotentHint: z.boolean().optional(),
  openWorldHint: z.boolean().optional(),
});

/** A tool: bare name in an environment's description (`list_calendars`), `Server-tool` in an episode. */
export const tool = z.object({
  name: z.string(),
  description: z.string(),
  inputSchema: jsonSchema,
  annotations: toolAnnotations,
});

export const environmentDescription = z.object({
  name: z.string(),
  domain: z.string(),
  version: z.string(),
  description: z.string(),
  presets: z.array(z.string()).describe('Named worlds reset can start from (`presets: {Calendar: "demo"}`).'),
  tools: z.array(tool),
  remote: z
    .object({ url: z.string(), healthy: z.boolean() })
    .optional()
    .describe('Set by a gateway for a server it reaches over the network: where, and whether it answers.'),
});

/** RFC 9457 problem+json: what every failed request answers, and a failed batch op's body. */
export const problem = z.object({
  type: z.string(),
  status: z.int(),
  title: z.string(),
  detail: z.string(),
  issues: z.array(z.string()).optional().describe('For bad input: what is wrong, one line per field.'),
  setting: z.string().optional().describe('For a refusal by a limit: the environment variable that sets it (docs/limits.md).'),
  limit: z.number().optional().describe("For a refusal by a limit: the limit's value."),
});

/** What the engine answers a reset; the HTTP route adds the episode's `mcpUrl`. */
export const episodeCreated = z.object({ episodeId: z.string(), servers: z.array(z.string()), tools: z.array(tool) });

/** What one call answered. A failing tool is `isError: true` with `content: {message}`, not an HTTP error. */
export const callResult = z.object({ name: z.string(), isError: z.boolean(), content: jsonValue });

/** One recorded call; `name` is always the full `Server-tool` name, even when the call used the bare one. */
export const trajectoryEntry = z.object({
  step: z.int(),
  name: z.string(),
  arguments: z.unknown(),
  isError: z.boolean(),
  content: jsonValue,
});

/** An RFC 6902 operation: only the three a diff between two documents needs. */
export const patchOperation = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), path: z.string(), value: z.unknown() }),
  z.object({ op: z.literal('remove'), path: z.string() }),
  z.object({ op: z.literal('replace'), path: z.string(), value: z.unknown() }),
]);

export const evaluation = z.object({
  reward: z.number(),
  trace: z.union([z.literal(0), z.literal(1)]),
  state: z.number(),
  lengthPenalty: z.number(),
  formatPenalty: z.number(),
  tau: z.number().describe("The weight the trace score had: the request's tau, or the schedule's at its epoch."),
  diff: z
    .record(z.string(), z.array(patchOperation))
    .describe(
      "Per server in finalConfig: the JSON Patch from the episode's state to finalConfig (from null for a server no call reached, which gets no state credit).",
    ),
});

export const batchResult = z.object({
  op: z.enum(batchOps),
  status: z
    .int()
    .describe(
      'What the op would have answered on its own route. 2xx: applied. 4xx: refused, nothing changed. 5xx: failed on the server (logged); read the episode before retrying.',
    ),
  episodeId: z.string().optional().describe('The episode the op acted on; for a reset, the episode it created.'),
  body: z.unknown().describe("The op's answer as its own route gives it, or a problem (status, title, detail, issues) when it failed."),
});

export const responses = {
  environments: z.object({ environments: z.array(environmentDescription) }),
  environment: environmentDescription.extend({ defaultScenario: z.record(z.string(), z.unknown()) }),
  reset: episodeCreated.extend({ mcpUrl: z.string().describe("The episode's own MCP endpoint: hand it to an agent's MCP client.") }),
  step: z.object({ step: z.int().describe('Step requests acknowledged so far, this one included.'), results: z.array(callResult) }),
  state: z.object({ state: z.record(z.string(), z.unknown()), step: z.int() }),
  trajectory: z.object({ calls: z.array(trajectoryEntry) }),
  snapshot: z.object({ snapshotId: z.string(), step: z.int() }),
  restore: z.object({ step: z.int() }),
  fork: z.object({ episodeIds: z.array(z.string()) }),
  evaluate: evaluation,
  close: z.object({ state: z.record(z.string(), z.unknown()), steps: z.int() }),
  batch: z.object({
    results: z.array(batchResult).describe('One result per op, in the order sent — always all of them, whichever ops failed.'),
  }),
  health: z.object({ status: z.literal('ok') }),
  ready: z.object({ status: z.literal('ready'), store: z.string() }),
};
