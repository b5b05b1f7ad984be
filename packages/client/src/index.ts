// @envfleet/client — a typed client of the envfleet v1 HTTP API, with no dependencies (global fetch).
// Used by rollout workers, tests, benches and examples; the server packages are not needed.

// Client
export { EnvfleetClient } from './client.js';
export type { ClientOptions } from './client.js';
export { Episode } from './episode.js';

// Errors
export { batchAnswer, EnvfleetError, isBatchProblem } from './errors.js';

// Environments
export type {
  EnvironmentDetail,
  EnvironmentList,
  EnvironmentSummary,
  EnvironmentTool,
  JsonSchema,
  JsonValue,
  ToolAnnotations,
} from './types.js';

// Episode bodies and answers
export type {
  CallResult,
  CloseResult,
  EpisodeTool,
  ForkRequest,
  ForkResult,
  ResetRequest,
  ResetResult,
  RestoreRequest,
  RestoreResult,
  SnapshotResult,
  StateResult,
  StepRequest,
  StepResult,
  ToolCall,
  ToolFormat,
  ToolsInFormat,
  TrajectoryEntry,
  TrajectoryResult,
} from './types.js';

// Reward
export type { EvaluateRequest, Evaluation, GroundTruthCall, PatchOperation, RewardScheduler } from './types.js';

// Tasks (EnvFactory-RL rows)
export type { TaskRow, TasksImported } from './types.js';

// Batch
export type { BatchAnswers, BatchOp, BatchOutcome, BatchProblem, BatchResult } from './types.js';

// Health and errors on the wire
export type { HealthResult, ProblemDetails, ReadyResult } from './types.js';
