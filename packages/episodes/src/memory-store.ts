import type { EpisodeStore } from './store.js';
import type { EpisodeRecord, Snapshot, TrajectoryEntry } from './types.js';

interface Entry {
  record: EpisodeRecord;
  trajectory: TrajectoryEntry[];
  snapshots: Map<string, Snapshot>;
}

/** Episodes in this process's memory: nothing to install, lost on exit. */
export class MemoryEpisodeStore implements EpisodeStore {
  readonly kind = 'memory';
  readonly #episodes = new Map<string, Entry>();

  async create(record: EpisodeRecord, trajectory: TrajectoryEntry[]): Promise<void> {
    this.#episodes.set(record.id, { record, trajectory: [...trajectory], snapshots: new Map() });
  }

  async get(id: string): Promise<EpisodeRecord | undefined> {
    return this.#episodes.get(id)?.record;
  }

  async commit(next: EpisodeRecord, expectedVersion: number, entries: TrajectoryEntry[], truncateTo?: number) {
    const entry = this.#episodes.get(next.id);
    if (!entry) return 'missing' as const;
    if (entry.record.version !== expectedVersion) return 'conflict' as const;
    entry.record = next;
    if (truncateTo !== undefined) entry.trajectory.length = Math.min(entry.trajectory.length, truncateTo);
    for (const item of entries) entry.trajectory.push(item);
    return 'ok' as const;
  }

  async trajectory(id: string): Promise<TrajectoryEntry[] | undefined> {
    const entry = this.#episodes.get(id);
    return entry ? [...entry.trajectory] : undefined;
  }

  async putSnapshot(snapshot: Snapshot): Promise<void> {
    this.#episodes.get(snapshot.episodeId)?.snapshots.set(snapshot.id, snapshot);
  }

  async getSnapshot(episodeId: string, snapshotId: string): Promise<Snapshot | undefined> {
    return this.#episodes.get(episodeId)?.snapshots.get(snapshotId);
  }

  async delete(id: string) {
    const entry = this.#episodes.get(id);
    if (!entry) return undefined;
    this.#episodes.delete(id);
    return { record: entry.record, trajectory: entry.trajectory };
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

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    this.#episodes.clear();
  }
}
