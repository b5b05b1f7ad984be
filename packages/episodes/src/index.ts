// @envfleet/episodes — the episode engine: reset, step, snapshot, restore, fork, evaluate, close,
// over an EpisodeStore. Transports (HTTP, MCP) call it; it knows nothing about them.

// Engine
export { EpisodeEngine } from './engine.js';
export type { CallResult, EngineOptions, ResetResult, StepResult, ToolDescriptor } from './engine.js';

// The servers an engine offers, by name
export { EnvironmentRegistry } from './registry.js';

// Stores
export type { EpisodeStore, WriteOutcome } from './store.js';
export { MemoryEpisodeStore } from './memory-store.js';
export { RECENTLY_CLOSED_MAX_EPISODES, RECENTLY_CLOSED_SECONDS, RecentlyClosed } from './recently-closed.js';
export type { EpisodeRecord, ServerState, Snapshot, TrajectoryEntry } from './types.js';

// Tasks: EnvFactory-RL rows kept to reset from and score against
export { taskFromRow } from './task.js';
export type { Task } from './task.js';

// Tool calls written in a model's text (<tool_call> blocks), read as EnvFactory's reward reads them
export { extractToolCalls } from './tool-call-text.js';
export type { ExtractedToolCalls, MalformedToolCall, TextToolCall } from './tool-call-text.js';

// Reward
export { evaluateEpisode } from './evaluate.js';
export type { Evaluation, EvaluateInput, GroundTruthCall } from './evaluate.js';
export { diff } from './json-patch.js';
export type { PatchOperation } from './json-patch.js';

// Request bodies: the v1 contract's schemas (@envfleet/contract), and their issues as readable lines
export { evaluateRequest, forkRequest, resetRequest, restoreRequest, stepRequest, toolCall } from '@envfleet/contract';
export type { CloseResult, EvaluateRequest, ResetRequest, StepRequest, ToolCall } from '@envfleet/contract';
export { describeIssues } from './issues.js';

// Nesting of JSON values a request carries
export { DEFAULT_MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js';

// Errors
export { EpisodeError } from './errors.js';
export type { EpisodeErrorKind } from './errors.js';

// Limits: what an engine agrees to hold, and the refusals that name their settings
export { LimitError } from './limits.js';
export type { EpisodeLimits } from './limits.js';

// Where servers run: in this process, or behind another server's v1 API
export { asRuntime, LocalRuntime } from './local-runtime.js';
export type { ServerCallOutcome, ServerDescription, ServerRuntime, ToolInfo } from './runtime.js';
