import type { CloseResult } from '@envfleet/contract';
import { RecentlyClosed } from './recently-closed.js';
import type { EpisodeStore, WriteOutcome } from './store.js';
import type { Task } from './task.js';
import { entriesOf, extend, type TrajectoryLink } from './trajectory-chain.js';
import type { EpisodeRecord, Snapshot, TrajectoryEntry } from './types.js';

interface Entry {
  record: EpisodeRecord;
  trajectory: TrajectoryLink | undefined;
  /** Made on the first snapshot: most episodes never take one, and an empty Map is 184 bytes each. */
  snapshots?: Map<string, { snapshot: Snapshot; trajectory: TrajectoryLink | undefined }>;
}

/** Episodes in this process's memory: nothing to install, lost on exit. */
export class MemoryEpisodeStore implements EpisodeStore {
  readonly kind = 'memory';
  readonly #episodes = new Map<string, Entry>();
  /** Sum of the live records' `stateBytes`, kept with every write rather than summed on demand. */
  #heldStateBytes = 0;
  readonly #closed: RecentlyClosed;
  readonly #tasks = new Map<string, Task>();

  /** `closed`: how long and how many close answers are kept for a repeated close (recently-closed.ts). */
  constructor(options: { closed?: RecentlyClosed } = {}) {
    this.#closed = options.closed ?? new RecentlyClosed();
  }

  async create(record: EpisodeRecord, trajectory: TrajectoryEntry[]): Promise<void> {
    this.#account(this.#episodes.get(record.id)?.record, record);
    this.#episodes.set(record.id, { record, trajectory: extend(undefined, trajectory) });
  }

  async get(id: string): Promise<EpisodeRecord | undefined> {
    return this.#episodes.get(id)?.record;
  }

  async commit(next: EpisodeRecord, expectedVersion: number, entries: TrajectoryEntry[], restoreFrom?: string): Promise<WriteOutcome> {
    const entry = this.#episodes.get(next.id);
    if (!entry) return 'missing';
    if (entry.record.version !== expectedVersion) return 'conflict';
    let trajectory = entry.trajectory;
    if (restoreFrom !== undefined) {
      const kept = entry.snapshots?.get(restoreFrom);
      if (!kept) return 'missing';
      trajectory = kept.trajectory;
    }
    this.#account(entry.record, next);
    entry.record = next;
    entry.trajectory = extend(trajectory, entries);
    return 'ok';
  }

  async trajectory(id: string): Promise<TrajectoryEntry[] | undefined> {
    const entry = this.#episodes.get(id);
    return entry ? entriesOf(entry.trajectory) : undefined;
  }

  async putSnapshot(snapshot: Snapshot, expectedVersion: number): Promise<WriteOutcome> {
    const entry = this.#episodes.get(snapshot.episodeId);
    if (!entry) return 'missing';
    if (entry.record.version !== expectedVersion) return 'conflict';
    entry.snapshots ??= new Map();
    entry.snapshots.set(snapshot.id, { snapshot, trajectory: entry.trajectory });
    return 'ok';
  }

  async getSnapshot(episodeId: string, snapshotId: string): Promise<Snapshot | undefined> {
    return this.#episodes.get(episodeId)?.snapshots?.get(snapshotId)?.snapshot;
  }

  async fork(source: EpisodeRecord, copies: EpisodeRecord[]): Promise<WriteOutcome> {
    const entry = this.#episodes.get(source.id);
    if (!entry) return 'missing';
    if (entry.record.version !== source.version) return 'conflict';
    for (const copy of copies) {
      this.#account(this.#episodes.get(copy.id)?.record, copy);
      this.#episodes.set(copy.id, { record: copy, trajectory: entry.trajectory });
    }
    return 'ok';
  }

  async delete(id: string) {
    const entry = this.#episodes.get(id);
    if (!entry) return undefined;
    this.#episodes.delete(id);
    this.#account(entry.record, undefined);
    return { record: entry.record, trajectory: entriesOf(entry.trajectory) };
  }

  async rememberClose(id: string, answer: CloseResult): Promise<void> {
    this.#closed.remember(id, answer);
  }

  async closedAnswer(id: string): Promise<CloseResult | undefined> {
    return this.#closed.get(id);
  }

  async putTasks(tasks: Task[]): Promise<void> {
    for (const task of tasks) this.#tasks.set(task.id, task);
  }

  async getTask(id: string): Promise<Task | undefined> {
    return this.#tasks.get(id);
  }

  async expired(now: number): Promise<string[]> {
    const ids: string[] = [];
    for (const [id, { record }] of this.#episodes) {
      if (record.ttlSeconds > 0 && now - record.lastActiveAt >= record.ttlSeconds * 1000) ids.push(id);
    }
    return ids;
  }

  async size(): Promise<number> {
    return this.#episodes.size;
  }

  async snapshotCount(episodeId: string): Promise<number> {
    return this.#episodes.get(episodeId)?.snapshots?.size ?? 0;
  }

  heldStateBytes(): number {
    return this.#heldStateBytes;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    this.#episodes.clear();
    this.#closed.clear();
    this.#tasks.clear();
    this.#heldStateBytes = 0;
  }

  #account(before: EpisodeRecord | undefined, after: EpisodeRecord | undefined): void {
    this.#heldStateBytes += (after?.stateBytes ?? 0) - (before?.stateBytes ?? 0);
  }
}
