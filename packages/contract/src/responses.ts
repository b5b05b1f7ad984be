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
  name: z.string().meta({ examples: ['Calendar-list_calendars'] }),
  description: z.string(),
  inputSchema: jsonSchema.describe("The tool's arguments as a JSON Schema (the catalog's own)."),
  annotations: toolAnnotations,
});

export const environmentDescription = z.object({
  name: z.string().meta({ description: 'The server name, as the catalog spells it.', examples: ['Calendar'] }),
  domain: z.string().meta({ examples: ['office'] }),
  version: z.string().meta({ examples: ['0.1.0'] }),
  description: z.string(),
  presets: z.array(z.string()).describe('Named worlds reset can start from (`presets: {Calendar: "demo"}`).'),
  tools: z.array(tool),
  remote: z
    .object({ url: z.string(), healthy: z.boolean() })
    .optional()
    .describe('Set by a gateway for a server it reaches over the network: where, and whether it answers.'),
});

/** RFC 9457 problem+json: what every failed request answers, and a failed batch op's body. */
export const problem = z
  .object({
    type: z.string().meta({ examples: ['about:blank'] }),
    status: z.int().meta({ description: 'The HTTP status, repeated.', examples: [404] }),
    title: z.string().meta({ description: "The status's name.", examples: ['Not Found'] }),
    detail: z.string().meta({
      description: 'What is wrong, in words that name it.',
      examples: ['Episode ep_1 not found (never created, closed, or expired after its idle TTL)'],
    }),
    issues: z.array(z.string()).optional().describe('For bad input: what is wrong, one line per field.'),
    setting: z.string().optional().describe('For a refusal by a limit: the environment variable that sets it (docs/limits.md).'),
    limit: z.number().optional().describe("For a refusal by a limit: the limit's value."),
    allowed: z.array(z.string()).optional().describe('For a 405: the methods the path answers (also in the `Allow` header).'),
  })
  .meta({ description: 'RFC 9457 problem details: what every failed request answers.' });

/** What the engine answers a reset; the HTTP route adds the episode's `mcpUrl`. */
export const episodeCreated = z.object({
  episodeId: z
    .string()
    .meta({ description: 'The episode: every other route takes it.', examples: ['ep_0123456789abcdef0123456789abcdef'] }),
  servers: z.array(z.string()).meta({ examples: [['Calendar']] }),
  tools: z.array(tool).describe('Every tool of the episode, named `Server-tool`.'),
});

/** What one call answered. A failing tool is `isError: true` with `content: {message}`, not an HTTP error. */
export const callResult = z.object({
  name: z.string().meta({ examples: ['Calendar-search_events'] }),
  isError: z.boolean().describe('The tool failed (unknown tool, bad arguments, a rule of the world): `content` is `{message}`.'),
  content: jsonValue.describe('What the tool returned, or `{message}` when it failed.'),
});

/** A `<tool_call>` block of a text step that is no call, and why. */
export const malformedToolCall = z.object({
  text: z.string().describe('The block as written, between the tags.'),
  reason: z.string().meta({ examples: ['no "arguments"'] }),
});

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
  reward: z.number().meta({ description: 'max(0, tau·trace + (1−tau)·state − lengthPenalty − formatPenalty)', examples: [1] }),
  trace: z
    .union([z.literal(0), z.literal(1)])
    .describe("1 when every ground-truth call was made with equal arguments (EnvFactory's rule)."),
  state: z.number().describe('The share of the servers the ground truth names whose final state equals finalConfig.'),
  lengthPenalty: z.number().describe('0.05 per call beyond the ground truth, at most 0.5.'),
  formatPenalty: z.number().describe('0.05 per format error, at most 0.5.'),
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
  step: z.object({
    step: z.int().meta({ description: 'Step requests acknowledged so far, this one included.', examples: [1] }),
    results: z.array(callResult).describe('One result per call, in order.'),
    malformed: z
      .array(malformedToolCall)
      .optional()
      .describe('A text step only: its <tool_call> blocks that are no call (not JSON, no name, no arguments), in order.'),
    formatErrors: z
      .int()
      .optional()
      .describe("A text step only: the episode's malformed blocks so far, this step's included (evaluate's default formatErrors)."),
  }),
  state: z.object({ state: z.record(z.string(), z.unknown()).describe('Per server, its saved state.'), step: z.int() }),
  trajectory: z.object({ calls: z.array(trajectoryEntry).describe('Every call so far, oldest first, failed ones included.') }),
  snapshot: z.object({
    snapshotId: z.string().meta({ description: 'Give it to …/restore.', examples: ['snap_0123456789abcdef'] }),
    step: z.int().describe('The step the snapshot was taken at.'),
  }),
  restore: z.object({ step: z.int().describe('The step the episode is back at.') }),
  fork: z.object({ episodeIds: z.array(z.string()).describe('The new episodes, each an independent copy.') }),
  evaluate: evaluation,
  close: z.object({
    state: z.record(z.string(), z.unknown()).describe('Per server, its final state.'),
    steps: z.int().describe('Steps the episode took.'),
  }),
  batch: z.object({
    results: z.array(batchResult).describe('One result per op, in the order sent — always all of them, whichever ops failed.'),
  }),
  health: z.object({ status: z.literal('ok') }),
  ready: z.object({ status: z.literal('ready'), store: z.string() }),
};
