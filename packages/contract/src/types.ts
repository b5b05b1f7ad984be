import type { z } from 'zod';
import type {
  batchResult,
  callResult,
  episodeCreated,
  patchOperation,
  problem,
  responses,
  tool,
  toolAnnotations,
  trajectoryEntry,
} from './responses.js';

// The answers' types, inferred from their schemas: what the engine returns and the clients read.

export type ToolAnnotations = z.output<typeof toolAnnotations>;
export type Tool = z.output<typeof tool>;
export type EnvironmentDescription = z.output<(typeof responses)['environments']>['environments'][number];
export type EnvironmentList = z.output<(typeof responses)['environments']>;
export type EnvironmentDetail = z.output<(typeof responses)['environment']>;
export type ProblemDetails = z.output<typeof problem>;
export type EpisodeCreated = z.output<typeof episodeCreated>;
export type ResetResult = z.output<(typeof responses)['reset']>;
export type CallResult = z.output<typeof callResult>;
export type StepResult = z.output<(typeof responses)['step']>;
export type StateResult = z.output<(typeof responses)['state']>;
export type TrajectoryEntry = z.output<typeof trajectoryEntry>;
export type TrajectoryResult = z.output<(typeof responses)['trajectory']>;
export type SnapshotResult = z.output<(typeof responses)['snapshot']>;
export type RestoreResult = z.output<(typeof responses)['restore']>;
export type ForkResult = z.output<(typeof responses)['fork']>;
export type PatchOperation = z.output<typeof patchOperation>;
export type Evaluation = z.output<(typeof responses)['evaluate']>;
export type CloseResult = z.output<(typeof responses)['close']>;
export type BatchResultEntry = z.output<typeof batchResult>;
export type HealthResult = z.output<(typeof responses)['health']>;
export type ReadyResult = z.output<(typeof responses)['ready']>;
