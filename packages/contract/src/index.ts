// @envfleet/contract — the v1 wire contract, written once: request and response schemas (zod),
// problem+json, and the route table. The engine infers its result types from it, the server
// registers routes and builds the OpenAPI document from it, and the TypeScript client imports its
// types (types only, so the client keeps no runtime dependency).

// Server and tool names (`Server-tool`)
export { isPlainName, NAME_PATTERN, qualifiedToolName, splitToolName } from './names.js';

export type { JsonValue } from './json.js';
export { jsonValue } from './json.js';

// Request bodies
export {
  batchOps,
  batchRequest,
  evaluateRequest,
  forkRequest,
  groundTruthCall,
  MAX_BATCH_OPS,
  resetRequest,
  restoreRequest,
  rewardScheduler,
  stepRequest,
  toolCall,
} from './requests.js';
export type {
  BatchOpName,
  EvaluateRequest,
  ForkRequest,
  GroundTruthCall,
  ResetRequest,
  RestoreRequest,
  RewardScheduler,
  StepRequest,
  ToolCall,
} from './requests.js';

// Answers
export {
  batchResult,
  callResult,
  environmentDescription,
  episodeCreated,
  evaluation,
  patchOperation,
  problem,
  responses,
  tool,
  toolAnnotations,
  trajectoryEntry,
} from './responses.js';
export type * from './types.js';

// Tasks (EnvFactory-RL rows)
export { importTasksRequest, MAX_TASKS_PER_REQUEST, taskRow, tasksImported } from './tasks.js';
export type { ImportTasksRequest, TaskRow, TasksImported } from './tasks.js';
export { bfclEvaluateRequest, bfclEvaluation, bfclScoreRequest } from './bfcl.js';
export {
  MAX_SAMPLE_STEPS,
  MAX_SAMPLES_PER_REQUEST,
  samplesRequest,
  samplesResult,
  toolGraph,
  toolGraphQuery,
} from './sampling.js';
export type { SamplesRequest } from './sampling.js';
export type { BfclEvaluateRequest, BfclEvaluation } from './bfcl.js';
export { TAU2_REWARD_BASES, tau2EnvAssertion, tau2EvaluateRequest, tau2Evaluation, tau2GoldAction } from './tau2.js';
export type { Tau2EvaluateRequest, Tau2Evaluation } from './tau2.js';

// Tools in trainers' formats (GET /v1/environments/{name}/tools?format=…)
export {
  DEFAULT_VERL_TOOL_CLASS,
  openAiTool,
  toolFormats,
  toolsInFormat,
  toolsQuery,
  verlToolEntry,
} from './tool-formats.js';
export type { OpenAiTool, ToolFormat, ToolsInFormat, ToolsQuery, VerlToolEntry } from './tool-formats.js';

// Routes
export { API_PREFIX, routes } from './routes.js';
export type { RouteName, RouteSpec } from './routes.js';
