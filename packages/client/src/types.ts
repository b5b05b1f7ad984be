// The bodies and answers of the envfleet v1 HTTP API (README.md and the OpenAPI document at /docs). Written by hand
// from the server's shapes rather than imported, so this package has no dependencies and a rollout
// worker can install it without the server, zod or fastify.

/** Any value JSON can carry. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON Schema document, as the server publishes it for each tool's input. */
export type JsonSchema = Record<string, unknown>;

/** MCP tool annotations; `readOnlyHint` marks tools that only read the state. */
export interface ToolAnnotations {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
  [key: string]: unknown;
}

// Environments

/** A tool as an environment describes it: bare name, as in the EnvFactory catalog (`list_calendars`). */
export interface EnvironmentTool {
  name: string;
  description: string;
  inputSchema: JsonSchema;
  /** Only published where every result validates against an object schema. */
  outputSchema?: JsonSchema;
  annotations: ToolAnnotations;
}

/** `GET /v1/environments` lists these. */
export interface EnvironmentSummary {
  name: string;
  domain: string;
  version: string;
  description: string;
  /** Named worlds reset can start from (`presets: {Calendar: "demo"}`). */
  presets: string[];
  tools: EnvironmentTool[];
  /** Set by a gateway for a server it reaches over the network: where, and whether it answers. */
  remote?: { url: string; healthy: boolean };
}

/** `GET /v1/environments` */
export interface EnvironmentList {
  environments: EnvironmentSummary[];
}

/** `GET /v1/environments/{name}`: the summary plus the world `{}` loads. */
export interface EnvironmentDetail extends EnvironmentSummary {
  defaultScenario: Record<string, unknown>;
}

// Episodes

/** `POST /v1/episodes` */
export interface ResetRequest {
  /** Server names (`Calendar`), one or more. */
  servers: string[];
  /** Per server, a scenario document; missing fields take the environment's defaults. */
  scenario?: Record<string, Record<string, unknown>>;
  /** Per server, a preset name instead of a scenario. */
  presets?: Record<string, string>;
  /** Seeds new ids and randomness, so the same calls give the same results (0 … 2^32-1). */
  seed?: number;
  /** Idle time after which the server forgets the episode. */
  ttlSeconds?: number;
}

/** A tool of an episode, named `Server-tool`. */
export interface EpisodeTool {
  name: string;
  description: string;
  inputSchema: JsonSchema;
  annotations: ToolAnnotations;
}

/** `POST /v1/episodes` → 201 */
export interface ResetResult {
  episodeId: string;
  servers: string[];
  tools: EpisodeTool[];
  /** The episode's own MCP endpoint: hand it to an agent's MCP client. */
  mcpUrl: string;
}

/** One tool call: `Server-tool` (or the bare tool name when the episode has one server). */
export interface ToolCall {
  name: string;
  arguments?: Record<string, unknown>;
}

/** `POST /v1/episodes/{id}/step` */
export interface StepRequest {
  /** A turn's calls, run in order; at least one. */
  calls: ToolCall[];
}

/** What one call answered. A failing tool is `isError: true` with `content: {message}`, not an HTTP error. */
export interface CallResult {
  name: string;
  isError: boolean;
  content: JsonValue;
}

/** `POST /v1/episodes/{id}/step` → 200 */
export interface StepResult {
  /** Step requests acknowledged so far, this one included. */
  step: number;
  results: CallResult[];
}

/** `GET /v1/episodes/{id}/state` */
export interface StateResult {
  /** Per server, its saved scenario document. */
  state: Record<string, unknown>;
  step: number;
}

/** One recorded call of the trajectory. */
export interface TrajectoryEntry {
  step: number;
  /** Always the full `Server-tool` name, even when the call used the bare name. */
  name: string;
  arguments: unknown;
  isError: boolean;
  content: JsonValue;
}

/** `GET /v1/episodes/{id}/trajectory` */
export interface TrajectoryResult {
  calls: TrajectoryEntry[];
}

/** `POST /v1/episodes/{id}/snapshots` → 201 */
export interface SnapshotResult {
  snapshotId: string;
  step: number;
}

/** `POST /v1/episodes/{id}/restore` */
export interface RestoreRequest {
  snapshotId: string;
}

/** `POST /v1/episodes/{id}/restore` → 200 */
export interface RestoreResult {
  step: number;
}

/** `POST /v1/episodes/{id}/fork` */
export interface ForkRequest {
  /** Copies to make (default 1, at most 1024). */
  count?: number;
}

/** `POST /v1/episodes/{id}/fork` → 201 */
export interface ForkResult {
  episodeIds: string[];
}

/** `DELETE /v1/episodes/{id}` */
export interface CloseResult {
  /** Per server, its final saved state. */
  state: Record<string, unknown>;
  steps: number;
}

// Reward

/** A call the episode was expected to make. */
export interface GroundTruthCall {
  name: string;
  arguments?: Record<string, unknown>;
  /** EnvFactory's per-call list of arguments whose values are not compared. */
  masked_arguments?: string[];
}

/** `POST /v1/episodes/{id}/evaluate` */
export interface EvaluateRequest {
  groundTruth: GroundTruthCall[];
  /** Per server, the state the episode should end in (servers left out are not scored; default `{}`). */
  finalConfig?: Record<string, unknown>;
  /** Arguments to ignore, by tool name (`Server-tool` or bare). */
  maskedArguments?: Record<string, string[]>;
  /** Weight of `trace` against `state` (default 0.5). */
  tau?: number;
  /** Malformed tool calls the caller saw in the model's output (0.05 penalty each). */
  formatErrors?: number;
}

/** An RFC 6902 operation, as the server's diffs use them. */
export type PatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown };

/** `POST /v1/episodes/{id}/evaluate` → 200: the EnvFactory reward and why. */
export interface Evaluation {
  reward: number;
  trace: 0 | 1;
  state: number;
  lengthPenalty: number;
  formatPenalty: number;
  /** Per server in finalConfig: the JSON Patch from the episode's state to finalConfig. */
  diff: Record<string, PatchOperation[]>;
}

// Batch

/** One operation of `POST /v1/batch`: the same body as its own route, plus `op` and the episode. */
export type BatchOp =
  | ({ op: 'reset' } & ResetRequest)
  | ({ op: 'step'; episodeId: string } & StepRequest)
  | { op: 'state'; episodeId: string }
  | ({ op: 'evaluate'; episodeId: string } & EvaluateRequest)
  | { op: 'close'; episodeId: string };

/**
 * How a failed op is answered inside a batch (the batch itself still succeeds): a problem like the
 * op's own route would answer. 4xx: nothing changed; 5xx: failed on the server, read the episode
 * before retrying.
 */
export interface BatchProblem {
  type?: string;
  status: number;
  title?: string;
  detail: string;
  issues?: string[];
}

/** The answer body a successful op gives. A batch reset has no `mcpUrl`. */
export interface BatchAnswers {
  reset: Omit<ResetResult, 'mcpUrl'>;
  step: StepResult;
  state: StateResult;
  evaluate: Evaluation;
  close: CloseResult;
}

/** One op's outcome: its own HTTP-like status, and its answer or its problem. */
export interface BatchOutcome<Op extends BatchOp['op'] = BatchOp['op']> {
  op: Op;
  status: number;
  /** The episode the op acted on; for a reset, the episode it created (also when later ops failed). */
  episodeId?: string;
  body: BatchAnswers[Op] | BatchProblem;
}

/** `POST /v1/batch` → one outcome per op, in the order sent. */
export interface BatchResult<Ops extends readonly BatchOp[] = BatchOp[]> {
  results: { [K in keyof Ops]: BatchOutcome<Ops[K]['op']> };
}

// Health

/** `GET /healthz` */
export interface HealthResult {
  status: 'ok';
}

/** `GET /readyz` (a store that does not answer is a 503 instead). */
export interface ReadyResult {
  status: 'ready';
  store: string;
}

// Errors

/** An RFC 9457 problem+json body, as every failed request answers. */
export interface ProblemDetails {
  type?: string;
  status: number;
  title: string;
  detail: string;
  /** For a 400: what is wrong with the body, one line per field. */
  issues?: string[];
}
