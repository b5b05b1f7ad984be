import type { EpisodeRecord, ServerState } from '@envfleet/episodes';

/** Which blob holds each server's state, as stored in Redis. */
export interface StateRefs {
  states: Record<string, string>;
  initial: Record<string, string>;
}

/**
 * The states of one episode this process already holds, by blob id and by object identity. Blobs
 * never change once written, so a state read or written once need not cross the network again:
 * the engine replaces only the state objects a step changed, so an unchanged object means an
 * unchanged blob.
 *
 * Holds the current version's blobs and the snapshots' (pinned: Redis keeps those while the episode
 * lives); blobs of older versions are forgotten, as Redis deletes them.
 */
export class KnownStates {
  readonly #byId = new Map<string, ServerState>();
  readonly #idOf = new Map<ServerState, string>();
  readonly #pinned = new Set<string>();

  idOf(state: ServerState): string | undefined {
    return this.#idOf.get(state);
  }

  has(blobId: string): boolean {
    return this.#byId.has(blobId);
  }

  get(blobId: string): ServerState {
    return this.#byId.get(blobId);
  }

  add(blobId: string, state: ServerState, pinned = false): void {
    this.#byId.set(blobId, state);
    if (!this.#idOf.has(state)) this.#idOf.set(state, blobId);
    if (pinned) this.#pinned.add(blobId);
  }

  /** Forgets every blob that is neither pinned nor among `current`. */
  retain(current: Iterable<string>): void {
    const keep = new Set(current);
    for (const blobId of this.#byId.keys()) {
      if (!keep.has(blobId) && !this.#pinned.has(blobId)) this.#byId.delete(blobId);
    }
    // One state can sit in two blobs (a fork's initial state, a snapshot); point at a survivor.
    this.#idOf.clear();
    for (const [blobId, state] of this.#byId) if (!this.#idOf.has(state)) this.#idOf.set(state, blobId);
  }

  ids(): string[] {
    return [...this.#byId.keys()];
  }
}

/** An episode as last read or written by this process, valid while Redis holds the same version. */
export interface CachedEpisode {
  record: EpisodeRecord;
  refs: StateRefs;
  states: KnownStates;
  /**
   * Just read from Redis by a commit that lost the compare-and-set: the next `get` (the engine
   * re-reading to retry) takes it as is. Cleared after the current turn of the event loop.
   */
  fresh?: boolean;
  /** Known to be older than Redis's version (a snapshot or fork lost its compare-and-set). */
  stale?: boolean;
}

/**
 * The last known version of recently used episodes, least recently used first out. A step checks
 * its version against Redis (or lets the commit's compare-and-set do it) and re-reads only on a
 * miss, so the full state crosses the network only when another replica wrote.
 */
export class EpisodeCache {
  readonly #entries = new Map<string, CachedEpisode>();

  constructor(readonly capacity: number) {}

  get(id: string): CachedEpisode | undefined {
    const entry = this.#entries.get(id);
    if (entry) {
      this.#entries.delete(id);
      this.#entries.set(id, entry);
    }
    return entry;
  }

  set(id: string, entry: CachedEpisode): void {
    this.#entries.delete(id);
    if (this.capacity <= 0) return;
    this.#entries.set(id, entry);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  delete(id: string): void {
    this.#entries.delete(id);
  }

  clear(): void {
    this.#entries.clear();
  }
}
