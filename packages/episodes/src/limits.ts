import { getHeapStatistics } from 'node:v8';
import { EpisodeError, type EpisodeErrorKind } from './errors.js';

/**
 * What one server process (and its store) agrees to hold. Every limit is finite by default and
 * generous: a rollout of a few hundred calls, or thousands of episodes at once, never meets one
 * unless an operator lowered it. Each is named after the environment variable that sets it, so a
 * refusal can tell the client which setting stopped it.
 */
export interface EpisodeLimits {
  /** Live episodes in the store (`ENVFLEET_MAX_EPISODES`). */
  maxEpisodes: number;
  /** Snapshots one episode may keep (`ENVFLEET_MAX_SNAPSHOTS`). */
  maxSnapshotsPerEpisode: number;
  /** Size of one episode's states as JSON, in bytes (`ENVFLEET_MAX_STATE_BYTES`). */
  maxStateBytes: number;
  /**
   * Size of every live episode's states together, for stores that keep them in this process's
   * memory (`ENVFLEET_MAX_TOTAL_STATE_BYTES`).
   */
  maxTotalStateBytes: number;
  /** Longest idle TTL a client may ask for at reset (`ENVFLEET_MAX_TTL_SECONDS`). */
  maxTtlSeconds: number;
  /** Size of one tool call's arguments as JSON, in bytes (`ENVFLEET_MAX_ARGUMENT_BYTES`). */
  maxArgumentBytes: number;
}

/**
 * An episode started from a preset costs about 0.5 KB idle and 23 KB after ten two-call steps
 * (measured, Calendar, memory store): 50 000 such episodes take about 1.2 GB, under a third of
 * Node's default heap, and leave ample room for the thousands a large RL run keeps open at once.
 */
const DEFAULT_MAX_EPISODES = 50_000;
/** A snapshot after every call of a rollout of several hundred calls still fits. */
const DEFAULT_MAX_SNAPSHOTS = 1_000;
const DEFAULT_MAX_STATE_BYTES = 32 * 1024 * 1024;
const DEFAULT_MAX_TTL_SECONDS = 24 * 3600;
/**
 * A model writes a call's arguments token by token: 1 MiB is about 250 000 tokens, past the output
 * of any model today, so no real call meets it. Bounding it bounds what one call can cost: every
 * tool is at worst linear in its arguments, and the fuzz (tests/fuzz) holds every tool of the fleet
 * to 100 ms at this size, where values of the 16 MiB body limit took up to 8 s.
 */
export const DEFAULT_MAX_ARGUMENT_BYTES = 1024 * 1024;

/**
 * An eighth of the V8 heap, because a loaded state takes about three times its JSON size in the
 * heap (measured on a 15.7 MB Calendar scenario: 47 MB retained) and loading one takes about as
 * much again for a moment: at an eighth, the budget's states fill under half the heap. 518 MiB under
 * Node's default heap limit on a large 64-bit machine (4144 MiB); 102 MiB under --max-old-space-size=768.
 */
function defaultMaxTotalStateBytes(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / 8);
}

/** The limits in force: the given ones, defaults for the rest. A server's own TTL is always allowed. */
export function episodeLimits(given: Partial<EpisodeLimits>, defaultTtlSeconds: number): EpisodeLimits {
  return {
    maxEpisodes: given.maxEpisodes ?? DEFAULT_MAX_EPISODES,
    maxSnapshotsPerEpisode: given.maxSnapshotsPerEpisode ?? DEFAULT_MAX_SNAPSHOTS,
    maxStateBytes: given.maxStateBytes ?? DEFAULT_MAX_STATE_BYTES,
    maxTotalStateBytes: given.maxTotalStateBytes ?? defaultMaxTotalStateBytes(),
    maxTtlSeconds: given.maxTtlSeconds ?? Math.max(DEFAULT_MAX_TTL_SECONDS, defaultTtlSeconds),
    maxArgumentBytes: given.maxArgumentBytes ?? DEFAULT_MAX_ARGUMENT_BYTES,
  };
}

/** A request refused by a limit: it names the setting and its value, and nothing was changed. */
export class LimitError extends EpisodeError {
  constructor(
    kind: EpisodeErrorKind,
    message: string,
    /** The environment variable that sets the limit. */
    readonly setting: string,
    readonly limit: number,
  ) {
    super(kind, message);
  }
}

export function tooManyEpisodes(live: number, adding: number, limit: number): LimitError {
  const what = adding === 1 ? 'another episode' : `${adding} more episodes`;
  return new LimitError(
    'capacity',
    `This server holds ${live} live episodes and its limit is ${limit} (ENVFLEET_MAX_EPISODES), so it cannot open ${what}: close episodes you are done with (DELETE /v1/episodes/{id}) or raise ENVFLEET_MAX_EPISODES`,
    'ENVFLEET_MAX_EPISODES',
    limit,
  );
}

export function tooManySnapshots(episodeId: string, limit: number): LimitError {
  return new LimitError(
    'limit',
    `Episode ${episodeId} already keeps ${limit} snapshots, its limit (ENVFLEET_MAX_SNAPSHOTS): fork it (a fork starts with no snapshots) or raise ENVFLEET_MAX_SNAPSHOTS`,
    'ENVFLEET_MAX_SNAPSHOTS',
    limit,
  );
}

export function tooManySteps(episodeId: string, limit: number): LimitError {
  return new LimitError(
    'limit',
    `Episode ${episodeId} reached its limit of ${limit} steps (ENVFLEET_MAX_STEPS): reset a new episode or raise ENVFLEET_MAX_STEPS`,
    'ENVFLEET_MAX_STEPS',
    limit,
  );
}

export function scenarioTooLarge(bytes: number, limit: number): LimitError {
  return new LimitError(
    'too_large',
    `The episode's states would be ${bytes} bytes as JSON, over the limit of ${limit} bytes per episode (ENVFLEET_MAX_STATE_BYTES): send a smaller scenario or raise ENVFLEET_MAX_STATE_BYTES`,
    'ENVFLEET_MAX_STATE_BYTES',
    limit,
  );
}

export function statesOverBudget(held: number, adding: number, limit: number): LimitError {
  return new LimitError(
    'capacity',
    `This server's live episodes hold ${held} bytes of state and this request would add ${adding}, over its budget of ${limit} bytes (ENVFLEET_MAX_TOTAL_STATE_BYTES): close episodes you are done with or raise ENVFLEET_MAX_TOTAL_STATE_BYTES`,
    'ENVFLEET_MAX_TOTAL_STATE_BYTES',
    limit,
  );
}

export function ttlTooLong(asked: number, limit: number): LimitError {
  return new LimitError(
    'bad_request',
    `ttlSeconds ${asked} is longer than this server keeps an idle episode (ENVFLEET_MAX_TTL_SECONDS=${limit}): ask for ${limit} or less, or raise ENVFLEET_MAX_TTL_SECONDS`,
    'ENVFLEET_MAX_TTL_SECONDS',
    limit,
  );
}

/** Why a tool call was not applied: its result would make the episode's states too large. */
export function callOverStateLimit(bytes: number, limit: number): string {
  return `This call was not applied: it would make the episode's states ${bytes} bytes as JSON, over the limit of ${limit} bytes per episode (ENVFLEET_MAX_STATE_BYTES). Nothing was changed; an operator can raise ENVFLEET_MAX_STATE_BYTES`;
}

/** Why a tool call was not applied: the server's budget for all states is used up. */
export function callOverStateBudget(limit: number): string {
  return `This call was not applied: the server's live episodes hold as much state as its budget allows (${limit} bytes, ENVFLEET_MAX_TOTAL_STATE_BYTES). Nothing was changed; close episodes you are done with, or an operator can raise ENVFLEET_MAX_TOTAL_STATE_BYTES`;
}
