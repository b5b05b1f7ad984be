import type { CloseResult } from '@envfleet/contract';
import type { Task } from './task.js';
import type { EpisodeRecord, Snapshot, TrajectoryEntry } from './types.js';

/** How a conditional write ended: written, lost to a newer version, or the episode is gone. */
export type WriteOutcome = 'ok' | 'conflict' | 'missing';

/**
 * Where episodes live. The memory store is the default; Redis and PostgreSQL stores implement the
 * same contract and are chosen by configuration alone. Every method is async so that a networked
 * store fits; the engine never holds a record across awaits without a version check.
 *
 * History: a store keeps each episode's trajectory append-only and shared, so that a snapshot keeps
 * the trajectory as it was (not only its length) and a restore brings that trajectory back, however
 * many restores happened in between. Every write that must match the state it was computed from —
 * commit, snapshot, fork — is conditional on the version it was read at.
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
   * the trajectory — after setting the trajectory back to the one snapshot `restoreFrom` kept, when
   * given. 'missing' when the episode (or that snapshot) is gone, 'conflict' when someone else wrote first.
   */
  commit(next: EpisodeRecord, expectedVersion: number, entries: TrajectoryEntry[], restoreFrom?: string): Promise<WriteOutcome>;
  trajectory(id: string): Promise<TrajectoryEntry[] | undefined>;
  /**
   * Keeps `snapshot` with the trajectory as it stands, if the episode's version is still
   * `expectedVersion` (the one its states and counters were read at).
   */
  putSnapshot(snapshot: Snapshot, expectedVersion: number): Promise<WriteOutcome>;
  getSnapshot(episodeId: string, snapshotId: string): Promise<Snapshot | undefined>;
  /**
   * Creates `copies` of the episode `source`, each with the source's trajectory as it stands, if
   * the source's version is still `source.version`; creates none otherwise.
   */
  fork(source: EpisodeRecord, copies: EpisodeRecord[]): Promise<WriteOutcome>;
  /** Removes the episode with its snapshots; returns what it held, or undefined if it was gone. */
  delete(id: string): Promise<{ record: EpisodeRecord; trajectory: TrajectoryEntry[] } | undefined>;
  /**
   * Keeps what closing the episode answered, so that closing it again answers the same, for a
   * bounded time (recently-closed.ts: RECENTLY_CLOSED_SECONDS; the memory store also a bounded number).
   */
  rememberClose(id: string, answer: CloseResult): Promise<void>;
  /** What closing the episode answered, if it was closed recently; undefined otherwise. */
  closedAnswer(id: string): Promise<CloseResult | undefined>;
  /** Keeps tasks (a task of an id already kept is replaced); they stay until the store is emptied. */
  putTasks(tasks: Task[]): Promise<void>;
  getTask(id: string): Promise<Task | undefined>;
  /** Ids of episodes idle past their TTL at `now` (ms since epoch). */
  expired(now: number): Promise<string[]>;
  /** Number of live episodes. */
  size(): Promise<number>;
  /** Number of snapshots the episode keeps (0 when it is gone), for the per-episode limit. */
  snapshotCount(episodeId: string): Promise<number>;
  /**
   * Stores that keep states in this process's memory: the sum of their live episodes'
   * `stateBytes`, so the engine can refuse work before the process runs out of memory. Stores
   * that keep states elsewhere (Redis) leave it out; that server bounds its own memory.
   */
  heldStateBytes?(): number;
  /** Whether the store answers (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
