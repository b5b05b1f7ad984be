import type { EpisodeRecord, Snapshot, TrajectoryEntry } from './types.js';

/**
 * Where episodes live. The memory store is the default; Redis and PostgreSQL stores implement the
 * same contract and are chosen by configuration alone. Every method is async so that a networked
 * store fits; the engine never holds a record across awaits without a version check.
 */
export interface EpisodeStore {
  readonly kind: string;
  create(record: EpisodeRecord, trajectory: TrajectoryEntry[]): Promise<void>;
  /**
   * The episode's record. With `forCommit`, the caller commits against this version right after, so a
   * store may answer from a cache without checking freshness: a stale copy just loses the
   * compare-and-set, and the write is retried. (Saves a round trip per step on networked stores.)
   */
  get(id: string, options?: { forCommit?: boolean }): Promise<EpisodeRecord | undefined>;
  /**
   * Replaces the record if its stored version is still `expectedVersion`, and appends `entries` to
   * the trajectory (after truncating it to `truncateTo` when given). 'missing' when the episode is
   * gone, 'conflict' when someone else wrote first.
   */
  commit(
    next: EpisodeRecord,
    expectedVersion: number,
    entries: TrajectoryEntry[],
    truncateTo?: number,
  ): Promise<'ok' | 'conflict' | 'missing'>;
  trajectory(id: string): Promise<TrajectoryEntry[] | undefined>;
  putSnapshot(snapshot: Snapshot): Promise<void>;
  getSnapshot(episodeId: string, snapshotId: string): Promise<Snapshot | undefined>;
  /** Removes the episode with its snapshots; returns what it held, or undefined if it was gone. */
  delete(id: string): Promise<{ record: EpisodeRecord; trajectory: TrajectoryEntry[] } | undefined>;
  /** Ids of episodes idle past their TTL at `now` (ms since epoch). */
  expired(now: number): Promise<string[]>;
  /** Number of live episodes. */
  size(): Promise<number>;
  /** Whether the store answers (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
