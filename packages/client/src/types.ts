// The bodies and answers of the envfleet v1 HTTP API (README.md and the OpenAPI document at /docs).
// They are the server's own, inferred from the zod schemas of @envfleet/contract and imported as
// types only: they vanish from the build, so a rollout worker installs this package without zod,
// fastify or the server.
import type {
  EnvironmentDescription,
  EpisodeCreated,
  ProblemDetails as WireProblem,
  EvaluateRequest,
  ResetRequest,
  StateResult,
  StepRequest,
  StepResult,
  Evaluation,
  CloseResult,
  Tool,
} from '@envfleet/contract';

export type {
  CallResult,
  CloseResult,
  EnvironmentDetail,
  EnvironmentList,
  EvaluateRequest,
  Evaluation,
  ForkRequest,
  ForkResult,
  GroundTruthCall,
  HealthResult,
  JsonValue,
  PatchOperation,
  ReadyResult,
  ResetRequest,
  ResetResult,
  RewardScheduler,
  RestoreRequest,
  RestoreResult,
  SnapshotResult,
  StateResult,
  StepRequest,
  StepResult,
  TaskRow,
  TasksImported,
  ToolAnnotations,
  ToolCall,
  ToolFormat,
  ToolsInFormat,
  TrajectoryEntry,
  TrajectoryResult,
} from '@envfleet/contract';

/** A JSON Schema document, as the server publishes it for each tool's input. */
export type JsonSchema = Record<string, unknown>;

/** A tool as an environment describes it: bare name, as in the EnvFactory catalog (`list_calendars`). */
export type EnvironmentTool = Tool;

/** `GET /v1/environments` lists these. */
export type EnvironmentSummary = EnvironmentDescription;

/** A tool of an episode, named `Server-tool`. */
export type EpisodeTool = Tool;

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
 * before retrying. `type` and `title` are optional: servers before the batch's problems had titles
 * sent `{status, detail, issues?}`.
 */
export type BatchProblem = Omit<WireProblem, 'type' | 'title'> & { type?: string; title?: string };

/** The answer body a successful op gives. A batch reset has no `mcpUrl`. */
export interface BatchAnswers {
  reset: EpisodeCreated;
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

// Errors

/**
 * An RFC 9457 problem+json body, as every failed request answers (`type` is optional: the client
 * also describes failures that never reached a server this way, with status 0).
 */
export type ProblemDetails = Omit<WireProblem, 'type'> & { type?: string };
