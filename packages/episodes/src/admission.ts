import type { JsonValue } from '@envfleet/kit';
import {
  callOverStateBudget,
  callOverStateLimit,
  type EpisodeLimits,
  scenarioTooLarge,
  statesOverBudget,
  tooManyEpisodes,
  tooManySnapshots,
  ttlTooLong,
} from './limits.js';
import { LocalRuntime } from './local-runtime.js';
import type { ServerCallOutcome, ServerRuntime } from './runtime.js';
import type { EpisodeStore } from './store.js';
import type { EpisodeRecord } from './types.js';
import { jsonSize, jsonSizeChange } from './state-size.js';

/** The size of an episode's states as a step changes them, call by call. */
export interface StateBudget {
  /** The episode's states as JSON, in bytes, after the calls admitted so far. */
  bytes: number;
  /** What the episode held when the step began (already counted in the store's total). */
  readonly committed: number;
}

/** Room held for episodes being created, until they are in the store or abandoned. */
export interface Reservation {
  /** Episodes it holds room for. */
  readonly count: number;
  /** State bytes it holds room for: the scenario's, then the loaded states'. */
  bytes: number;
  /**
   * The store is taking the states now: they count there from here on, not twice. (The memory
   * store counts them the moment `create` is called, before the engine's await returns.)
   */
  handToStore(): void;
  release(): void;
}

/**
 * Decides, before any work is done, whether the engine may take on more: another episode, a
 * snapshot, a state that grows. Every refusal is a LimitError naming its setting; what it refuses
 * has not changed anything.
 *
 * Sizes are counted for states held in this process (local environments). A remote server's state
 * is a handle here: that server applies its own limits to it.
 */
export class EpisodeAdmission {
  /**
   * Episodes this process is creating right now, and their states' bytes: counted before the store
   * holds them, so that requests arriving together cannot all pass a limit only one of them fits.
   */
  #opening = 0;
  #openingBytes = 0;
  /**
   * Sizes of whole states already measured, by identity: states never change once loaded, and a
   * preset or the default world is one object shared by every episode that starts from it.
   */
  readonly #measured = new WeakMap<object, number>();

  constructor(
    readonly limits: EpisodeLimits,
    readonly store: EpisodeStore,
    readonly runtime: (server: string) => ServerRuntime,
    /** Closes episodes idle past their TTL, to make room before refusing. */
    readonly reapExpired: () => Promise<unknown>,
  ) {}

  checkTtl(asked: number | undefined): void {
    if (asked !== undefined && asked > this.limits.maxTtlSeconds) throw ttlTooLong(asked, this.limits.maxTtlSeconds);
  }

  /**
   * Reserves room for `count` new episodes, or refuses; release the reservation once they are
   * created or abandoned. Episodes past their TTL that the reaper has not reached yet are reaped
   * first rather than counted against a client.
   */
  async admitEpisodes(count: number): Promise<Reservation> {
    const limit = this.limits.maxEpisodes;
    let live = (await this.store.size()) + this.#opening;
    if (live + count > limit) {
      await this.reapExpired();
      live = (await this.store.size()) + this.#opening;
      if (live + count > limit) throw tooManyEpisodes(live, count, limit);
    }
    this.#opening += count;
    let released = false;
    const reservation: Reservation = {
      count,
      bytes: 0,
      handToStore: () => {
        this.#openingBytes -= reservation.bytes;
        reservation.bytes = 0;
      },
      release: () => {
        if (released) return;
        released = true;
        this.#opening -= count;
        this.#openingBytes -= reservation.bytes;
      },
    };
    return reservation;
  }

  /**
   * Refuses scenarios too large for one episode or for the server's budget before they are loaded:
   * loading (validation, defaults, freezing) costs ten times this walk and, on a 15 MB scenario,
   * some 100 MB of heap for a moment, which a full server cannot spare. Defaults the scenario
   * leaves out are counted after loading, by `admitNewStates`.
   */
  admitScenarios(scenarios: Record<string, unknown> | undefined, reservation: Reservation): void {
    if (!scenarios) return;
    let bytes = 0;
    for (const [server, scenario] of Object.entries(scenarios)) {
      if (this.runtime(server) instanceof LocalRuntime) bytes += jsonSize(scenario);
    }
    this.#reserveBytes(reservation, bytes);
  }

  /** The size of freshly loaded states, if one episode and the server's budget can hold it. */
  admitNewStates(states: Record<string, unknown>, reservation: Reservation): number {
    const bytes = this.measure(states);
    this.#reserveBytes(reservation, bytes);
    return bytes;
  }

  /** Holds `bytes` for the reservation's episode in place of what it held, or refuses. */
  #reserveBytes(reservation: Reservation, bytes: number): void {
    if (bytes > this.limits.maxStateBytes) throw scenarioTooLarge(bytes, this.limits.maxStateBytes);
    this.#checkBudget(bytes - reservation.bytes);
    this.#openingBytes += bytes - reservation.bytes;
    reservation.bytes = bytes;
  }

  /** Whether `count` copies of `record` fit the server's budget (each copy counts in full). */
  admitCopies(record: EpisodeRecord, count: number): void {
    this.#checkBudget(this.sizeOf(record) * count);
  }

  async admitSnapshot(episodeId: string): Promise<void> {
    const limit = this.limits.maxSnapshotsPerEpisode;
    if ((await this.store.snapshotCount(episodeId)) >= limit) throw tooManySnapshots(episodeId, limit);
  }

  stepBudget(record: EpisodeRecord): StateBudget {
    const bytes = this.sizeOf(record);
    return { bytes, committed: bytes };
  }

  /**
   * The outcome of one call as the step keeps it: as it is when the states still fit, otherwise a
   * failed call that leaves `before` in place.
   */
  admitCall(budget: StateBudget, server: string, before: unknown, outcome: ServerCallOutcome): ServerCallOutcome {
    if (outcome.state === before || !(this.runtime(server) instanceof LocalRuntime)) return outcome;
    const change = jsonSizeChange(before, outcome.state);
    const bytes = budget.bytes + change;
    let refusal: string | undefined;
    if (change > 0 && bytes > this.limits.maxStateBytes) refusal = callOverStateLimit(bytes, this.limits.maxStateBytes);
    else if (change > 0 && this.#held() + (bytes - budget.committed) > this.limits.maxTotalStateBytes) {
      refusal = callOverStateBudget(this.limits.maxTotalStateBytes);
    }
    if (refusal) return { isError: true, content: { message: refusal } as JsonValue, state: before };
    budget.bytes = bytes;
    return outcome;
  }

  /** The size of an episode's states once `restored` replaces them (walks only what differs). */
  sizeAfterRestore(record: EpisodeRecord, restored: Record<string, unknown>): number {
    let bytes = this.sizeOf(record);
    for (const [server, state] of Object.entries(restored)) {
      if (this.runtime(server) instanceof LocalRuntime) bytes += jsonSizeChange(record.states[server], state);
    }
    return bytes;
  }

  /** The record's size; records written before sizes were kept are measured once. */
  sizeOf(record: EpisodeRecord): number {
    return record.stateBytes ?? this.measure(record.states);
  }

  measure(states: Record<string, unknown>): number {
    let bytes = 0;
    for (const [server, state] of Object.entries(states)) {
      if (!(this.runtime(server) instanceof LocalRuntime) || state === null || typeof state !== 'object') continue;
      let size = this.#measured.get(state);
      if (size === undefined) {
        size = jsonSize(state);
        this.#measured.set(state, size);
      }
      bytes += size;
    }
    return bytes;
  }

  /** What the store holds and what episodes being created will add; 0 for stores that keep states elsewhere. */
  #held(): number {
    return this.store.heldStateBytes ? this.store.heldStateBytes() + this.#openingBytes : 0;
  }

  #checkBudget(adding: number): void {
    const held = this.#held();
    if (this.store.heldStateBytes && held + adding > this.limits.maxTotalStateBytes) {
      throw statesOverBudget(held, adding, this.limits.maxTotalStateBytes);
    }
  }
}
