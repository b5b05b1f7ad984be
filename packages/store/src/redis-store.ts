import {
  type CloseResult,
  type EpisodeRecord,
  type EpisodeStore,
  RECENTLY_CLOSED_SECONDS,
  type Snapshot,
  type Task,
  type TrajectoryEntry,
  type WriteOutcome,
} from '@envfleet/episodes';
import { EpisodeCache, KnownStates, type StateRefs } from './episode-cache.js';
import { RedisConnection, type RedisConnectionOptions } from './redis-connection.js';
import {
  addBlobPairs,
  assignBlobs,
  blobArguments,
  blobIdsOf,
  decodeEpisode,
  decodeTrajectory,
  encodeEntries,
  idleDeadline,
  type NewBlob,
  recordBlobs,
  recordFields,
  resolveStates,
  uniqueId,
} from './redis-codec.js';
import {
  commitScript,
  createScript,
  deleteScript,
  forkScript,
  getSnapshotScript,
  putSnapshotScript,
  readScript,
  snapshotCountScript,
  trajectoryScript,
} from './redis-scripts.js';

export interface RedisStoreOptions extends RedisConnectionOptions {
  /** Prepended to every key, so several fleets (or test files) can share one Redis (default `envfleet:`). */
  keyPrefix?: string;
  /**
   * Seconds Redis keeps an idle episode past its TTL before dropping it by itself (default 60).
   * In that time a reaper lists it in `expired()` and archives it on close; if no reaper runs (no
   * gateway up), Redis still frees the memory.
   */
  expiryGraceSeconds?: number;
  /**
   * Seconds Redis keeps what closing an episode answered, so that closing it again (from any
   * replica) answers the same (default RECENTLY_CLOSED_SECONDS, 60; 0 forgets at once).
   */
  recentlyClosedSeconds?: number;
  /** Episodes whose last version this process keeps parsed, to skip re-reading them (default 10 000). */
  cachedEpisodes?: number;
}

export interface GetOptions {
  /**
   * The caller will commit against the version it gets, so an answer from this process's cache is
   * fine even if another replica has written since: the compare-and-set catches it. Saves the
   * round trip that checks the version, making a step one round trip.
   */
  forCommit?: boolean;
}

/**
 * Episodes in Redis, shared by every gateway replica. Each operation is one Lua script, so one
 * round trip and atomic: a commit compares and sets the version, writes only the states that
 * changed, trims and appends the trajectory and refreshes the idle TTL together.
 *
 * Idle episodes: the index of live episodes holds each one's idle deadline (lastActiveAt + TTL, as
 * the memory store computes it), so `expired()` lists them for the engine's reaper, which closes
 * them and hands them to the archive. Redis drops the keys by itself `expiryGraceSeconds` later,
 * so nothing outlives its TTL by much even when no reaper runs.
 */
export class RedisEpisodeStore implements EpisodeStore {
  readonly kind = 'redis';
  readonly #connection: RedisConnection;
  readonly #prefix: string;
  readonly #grace: number;
  readonly #cache: EpisodeCache;
  readonly #closedSeconds: number;

  /** Connects in the background; use `RedisEpisodeStore.connect` to wait until Redis answers. */
  constructor(options: RedisStoreOptions, connection: RedisConnection = new RedisConnection(options)) {
    this.#connection = connection;
    this.#prefix = options.keyPrefix ?? 'envfleet:';
    this.#grace = Math.max(0, Math.floor(options.expiryGraceSeconds ?? 60));
    this.#cache = new EpisodeCache(options.cachedEpisodes ?? 10_000);
    this.#closedSeconds = Math.max(0, Math.floor(options.recentlyClosedSeconds ?? RECENTLY_CLOSED_SECONDS));
  }

  /** A store whose Redis has answered; throws a message naming the server when it does not. */
  static async connect(options: RedisStoreOptions): Promise<RedisEpisodeStore> {
    return new RedisEpisodeStore(options, await RedisConnection.open(options));
  }

  /** The Redis URL without its password. */
  get url(): string {
    return this.#connection.url;
  }

  async create(record: EpisodeRecord, trajectory: TrajectoryEntry[]): Promise<void> {
    this.#cache.delete(record.id);
    const { refs, blobs } = recordBlobs(record, undefined);
    await this.#connection.run(createScript, `creating episode ${record.id}`, this.#keys(record.id), [
      record.id,
      record.version,
      recordFields(record),
      JSON.stringify(refs.states),
      JSON.stringify(refs.initial),
      record.ttlSeconds,
      this.#grace,
      idleDeadline(record),
      encodeEntries(trajectory),
      ...blobArguments(blobs),
    ]);
    this.#remember(record, refs, blobs, new KnownStates());
  }

  async get(id: string, options: GetOptions = {}): Promise<EpisodeRecord | undefined> {
    const cached = this.#cache.get(id);
    if (cached && !cached.stale && (options.forCommit || cached.fresh)) {
      cached.fresh = false;
      return cached.record;
    }
    const reply = (await this.#connection.run(
      readScript,
      `reading episode ${id}`,
      [this.#episodeKey(id)],
      [cached ? String(cached.record.version) : '', ...(cached?.states.ids() ?? [])],
    )) as unknown[] | null;
    if (!reply) {
      this.#cache.delete(id);
      return undefined;
    }
    if (cached && reply.length === 1) {
      cached.stale = false;
      return cached.record;
    }
    const { episode } = decodeEpisode(reply, cached?.states);
    this.#cache.set(id, episode);
    return episode.record;
  }

  async commit(next: EpisodeRecord, expectedVersion: number, entries: TrajectoryEntry[], restoreFrom?: string): Promise<WriteOutcome> {
    const cached = this.#cache.get(next.id);
    const token = uniqueId();
    const attempt = async (known: KnownStates | undefined) => {
      const { refs, blobs } = recordBlobs(next, known);
      const outcome = await this.#connection.run(commitScript, `committing to episode ${next.id}`, this.#keys(next.id), [
        next.id,
        expectedVersion,
        next.version,
        token,
        recordFields(next),
        JSON.stringify(refs.states),
        JSON.stringify(refs.initial),
        next.ttlSeconds,
        this.#grace,
        idleDeadline(next),
        restoreFrom ?? '',
        encodeEntries(entries),
        ...blobArguments(blobs),
      ]);
      return { outcome: outcome as 'ok' | 'missing' | 'resend' | ['conflict', ...unknown[]], refs, blobs };
    };
    let result = await attempt(cached?.states);
    // A state this process remembered was collected meanwhile (another replica restored): send all.
    if (result.outcome === 'resend') result = await attempt(undefined);
    const { outcome } = result;
    if (outcome === 'resend')
      throw new Error(`Redis at ${this.url} keeps asking for the states of episode ${next.id}, which were all sent`);
    if (outcome === 'missing') {
      this.#cache.delete(next.id);
      return 'missing';
    }
    if (Array.isArray(outcome)) {
      // The retry that follows then costs one round trip, not two, so a replica that lost a race
      // wins the next one instead of losing again and again to one that steps in a loop.
      const { episode } = decodeEpisode(outcome.slice(1), cached?.states);
      episode.fresh = true;
      setImmediate(() => {
        episode.fresh = false;
      });
      this.#cache.set(next.id, episode);
      return 'conflict';
    }
    this.#remember(next, result.refs, result.blobs, cached?.states ?? new KnownStates());
    return 'ok';
  }

  async trajectory(id: string): Promise<TrajectoryEntry[] | undefined> {
    const reply = (await this.#connection.run(trajectoryScript, `reading the trajectory of episode ${id}`, [this.#episodeKey(id)], [])) as
      | unknown[]
      | null;
    return reply ? decodeTrajectory(reply) : undefined;
  }

  async putSnapshot(snapshot: Snapshot, expectedVersion: number): Promise<WriteOutcome> {
    const cached = this.#cache.get(snapshot.episodeId);
    const attempt = async (known: KnownStates | undefined) => {
      const { refs, blobs } = assignBlobs([snapshot.states], known);
      const states = refs[0] ?? {};
      const outcome = (await this.#connection.run(
        putSnapshotScript,
        `saving snapshot ${snapshot.id} of episode ${snapshot.episodeId}`,
        [this.#episodeKey(snapshot.episodeId)],
        [snapshot.id, JSON.stringify({ ...snapshot, states }), expectedVersion, ...blobArguments(blobs)],
      )) as WriteOutcome | 'resend';
      return { outcome, states };
    };
    let result = await attempt(cached?.states);
    if (result.outcome === 'resend') result = await attempt(undefined);
    const { outcome } = result;
    if (outcome === 'resend')
      throw new Error(`Redis at ${this.url} keeps asking for the states of episode ${snapshot.episodeId}, which were all sent`);
    if (outcome === 'conflict') this.#outdated(snapshot.episodeId);
    if (outcome === 'missing') this.#cache.delete(snapshot.episodeId);
    if (outcome !== 'ok' || !cached) return outcome;
    // Pinned: Redis keeps these blobs as long as the episode, so they stay worth remembering.
    for (const [server, blobId] of Object.entries(result.states)) cached.states.add(blobId, snapshot.states[server], true);
    return outcome;
  }

  async getSnapshot(episodeId: string, snapshotId: string): Promise<Snapshot | undefined> {
    const cached = this.#cache.get(episodeId);
    const reply = (await this.#connection.run(
      getSnapshotScript,
      `reading snapshot ${snapshotId} of episode ${episodeId}`,
      [this.#episodeKey(episodeId)],
      [snapshotId, ...(cached?.states.ids() ?? [])],
    )) as unknown[] | null;
    if (!reply) return undefined;
    const stored = JSON.parse(String(reply[0])) as Omit<Snapshot, 'states'> & { states: Record<string, string> };
    const known = new KnownStates();
    for (const blobId of Object.values(stored.states)) if (cached?.states.has(blobId)) known.add(blobId, cached.states.get(blobId));
    addBlobPairs(reply, 1, known);
    const states = resolveStates(stored.states, known);
    for (const [server, blobId] of Object.entries(stored.states)) cached?.states.add(blobId, states[server], true);
    return { ...stored, states };
  }

  async fork(source: EpisodeRecord, copies: EpisodeRecord[]): Promise<WriteOutcome> {
    const cached = this.#cache.get(source.id);
    const attempt = async (known: KnownStates | undefined) => {
      const { refs, blobs } = assignBlobs(
        copies.flatMap((copy) => [copy.states, copy.initialStates]),
        known,
      );
      const perCopy = copies.map((_copy, i) => ({ states: refs[2 * i] ?? {}, initial: refs[2 * i + 1] ?? {} }));
      const outcome = (await this.#connection.run(
        forkScript,
        `forking episode ${source.id}`,
        [this.#episodeKey(source.id), this.#indexKey(), ...copies.map((copy) => this.#episodeKey(copy.id))],
        [
          source.version,
          this.#grace,
          ...copies.flatMap((copy, i) => [
            copy.id,
            copy.version,
            recordFields(copy),
            JSON.stringify(perCopy[i]?.states),
            JSON.stringify(perCopy[i]?.initial),
            copy.ttlSeconds,
            idleDeadline(copy),
          ]),
          ...blobArguments(blobs),
        ],
      )) as WriteOutcome | 'resend';
      return { outcome, perCopy, blobs };
    };
    let result = await attempt(cached?.states);
    // A state the source held was collected meanwhile (a restore elsewhere): send them all.
    if (result.outcome === 'resend') result = await attempt(undefined);
    const { outcome } = result;
    if (outcome === 'resend')
      throw new Error(`Redis at ${this.url} keeps asking for the states of episode ${source.id}, which were all sent`);
    if (outcome === 'conflict') this.#outdated(source.id);
    if (outcome === 'missing') this.#cache.delete(source.id);
    if (outcome !== 'ok') return outcome;
    copies.forEach((copy, i) => {
      const refs = result.perCopy[i] ?? { states: {}, initial: {} };
      const known = new KnownStates();
      for (const [server, blobId] of Object.entries(refs.states)) known.add(blobId, copy.states[server]);
      for (const [server, blobId] of Object.entries(refs.initial)) known.add(blobId, copy.initialStates[server]);
      this.#remember(copy, refs, [], known);
    });
    return 'ok';
  }

  async delete(id: string): Promise<{ record: EpisodeRecord; trajectory: TrajectoryEntry[] } | undefined> {
    const cached = this.#cache.get(id);
    this.#cache.delete(id);
    const reply = (await this.#connection.run(deleteScript, `closing episode ${id}`, this.#keys(id), [
      id,
      ...(cached?.states.ids() ?? []),
    ])) as unknown[] | null;
    if (!reply) return undefined;
    const { episode, rest } = decodeEpisode(reply, cached?.states);
    return { record: episode.record, trajectory: decodeTrajectory(rest) };
  }

  async rememberClose(id: string, answer: CloseResult): Promise<void> {
    if (this.#closedSeconds === 0) return;
    const value = JSON.stringify(answer);
    await this.#connection.call(`remembering how episode ${id} closed`, (client) =>
      client.set(this.#closedKey(id), value, 'EX', this.#closedSeconds),
    );
  }

  async closedAnswer(id: string): Promise<CloseResult | undefined> {
    const value = await this.#connection.call(`reading how episode ${id} closed`, (client) => client.get(this.#closedKey(id)));
    return value === null ? undefined : (JSON.parse(value) as CloseResult);
  }

  async putTasks(tasks: Task[]): Promise<void> {
    if (tasks.length === 0) return;
    const pairs = tasks.flatMap((task) => [task.id, JSON.stringify(task)]);
    await this.#connection.call(`keeping ${tasks.length} tasks`, (client) => client.hset(this.#tasksKey(), ...pairs));
  }

  async getTask(id: string): Promise<Task | undefined> {
    const value = await this.#connection.call(`reading task ${id}`, (client) => client.hget(this.#tasksKey(), id));
    return value === null ? undefined : (JSON.parse(value) as Task);
  }

  async expired(now: number): Promise<string[]> {
    return this.#connection.call('listing idle episodes', (client) => client.zrangebyscore(this.#indexKey(), '-inf', now));
  }

  /** Episodes in the index: live ones and idle ones not yet reaped, as in the memory store. */
  async size(): Promise<number> {
    return this.#connection.call('counting episodes', (client) => client.zcard(this.#indexKey()));
  }

  async snapshotCount(episodeId: string): Promise<number> {
    const count = await this.#connection.run(
      snapshotCountScript,
      `counting the snapshots of episode ${episodeId}`,
      [this.#episodeKey(episodeId)],
      [],
    );
    return Number(count);
  }

  async ping(): Promise<boolean> {
    return this.#connection.ping();
  }

  async close(): Promise<void> {
    this.#cache.clear();
    await this.#connection.close();
  }

  /**
   * The cached version lost a compare-and-set: the next read asks Redis (sending the blobs this
   * process holds, so only what changed comes back) instead of answering from the cache.
   */
  #outdated(id: string): void {
    const cached = this.#cache.get(id);
    if (cached) cached.stale = true;
  }

  #remember(record: EpisodeRecord, refs: StateRefs, blobs: NewBlob[], known: KnownStates) {
    for (const blob of blobs) known.add(blob.id, blob.state);
    known.retain(blobIdsOf(refs));
    this.#cache.set(record.id, { record, refs, states: known });
  }

  #episodeKey(id: string): string {
    return `${this.#prefix}episode:${id}`;
  }

  /** What closing the episode answered, kept a while after it is gone (a string with its own expiry). */
  #closedKey(id: string): string {
    return `${this.#prefix}closed:${id}`;
  }

  /** Every task, by id, in one hash: tasks are a dataset, kept until deleted (no expiry). */
  #tasksKey(): string {
    return `${this.#prefix}tasks`;
  }

  #indexKey(): string {
    return `${this.#prefix}episodes`;
  }

  /** The keys every script that creates, writes or removes an episode declares: its hash, the index. */
  #keys(id: string): [string, string] {
    return [this.#episodeKey(id), this.#indexKey()];
  }
}
