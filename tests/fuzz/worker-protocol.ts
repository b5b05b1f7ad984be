import type { GenerationLimits } from './generate/cases.js';
import type { CaseOutcome } from './outcome.js';

/** Names one case: the rest is generated from the seed, in whichever process needs it. */
export interface CaseRef {
  server: string;
  tool: string;
  index: number;
}

export interface WorkerSettings {
  seed: number;
  /** Only these environments (all when absent). */
  servers: string[] | undefined;
  limits: GenerationLimits;
  /** The gateway's ENVFLEET_BODY_LIMIT and ENVFLEET_MAX_ARGUMENT_BYTES in this run. */
  bodyLimit: number;
  argumentLimit: number;
}

/** Run cases and report each; or run each `repeats` times and report its best time (noise only adds). */
export type ToWorker = { type: 'run'; cases: CaseRef[] } | { type: 'retime'; cases: CaseRef[]; repeats: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'start'; position: number }
  | { type: 'done'; position: number; outcome: CaseOutcome }
  | { type: 'retimed'; position: number; millis: number }
  | { type: 'batch-done' };
