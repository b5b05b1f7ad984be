/** One server's state: the environment's scenario document (deeply frozen, shared between versions). */
export type ServerState = unknown;

/** One recorded call: what was asked, what came back (as `GET …/trajectory` answers it). */
export type { TrajectoryEntry } from '@envfleet/contract';

/** Everything about an episode except its trajectory, which the store keeps append-only. */
export interface EpisodeRecord {
  id: string;
  servers: string[];
  /** The task the episode was reset from (POST /v1/tasks), whose ground truth evaluate uses by default. */
  taskId?: string;
  seed: number;
  /** Number of step requests acknowledged so far. */
  step: number;
  /** Number of tool calls run so far (the per-call seed for ids and randomness). */
  calls: number;
  states: Record<string, ServerState>;
  /** Each server's saved state right after reset, for archives (shared with `states` for local servers). */
  initialStates: Record<string, ServerState>;
  /** Bumped by every write; stores compare-and-set on it. */
  version: number;
  ttlSeconds: number;
  createdAt: number;
  lastActiveAt: number;
  /**
   * The states' size as JSON, in bytes, kept up to date by every write (an estimate; see
   * state-size.ts). Absent on records written before sizes were kept: measured when needed.
   */
  stateBytes?: number;
  /** Malformed `<tool_call>` blocks of its text steps so far: evaluate's format errors unless it is given some. */
  formatErrors?: number;
}

/**
 * A point to come back to. States are shared with the episode, and the store keeps the trajectory
 * of that point by reference (it is append-only), so taking one costs O(1).
 */
export interface Snapshot {
  id: string;
  episodeId: string;
  step: number;
  calls: number;
  states: Record<string, ServerState>;
  /** Entries in the trajectory kept with the snapshot: one per call, so equal to `calls`. */
  trajectoryLength: number;
  /** The episode's format errors at that point (absent: none). */
  formatErrors?: number;
  createdAt: number;
}
