import type { Writable } from 'node:stream';
import { EpisodeError, type EpisodeRecord, type Snapshot, type TrajectoryEntry } from '@envfleet/episodes';
import { Pool } from 'pg';
import { exportJsonl } from './export.js';
import { migrate, quotedSchema } from './migrations.js';
import { redactedUrl } from './redacted-url.js';

export interface PostgresArchiveOptions {
  /** `postgres://user[:password]@host:port/database`. */
  url: string;
  /** Where the tables live (default `envfleet`); created on start. */
  schema?: string;
  /** Connections kept open (default 4: archiving is off the step path). */
  poolSize?: number;
  /** How long to wait for a connection (default 5 s). */
  connectTimeoutMs?: number;
  /** Errors of idle connections (the server restarted, the network dropped), for a log. */
  onError?: (error: Error) => void;
}

/** Why an episode ended, as the engine reports it. */
export type CloseReason = 'closed' | 'expired';

// SQLSTATEs of a database that is away or refusing for now: connection exceptions (08), lack of
// resources (53), shutting down or starting up (57P01-57P04).
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-4])/;

/**
 * The durable record of finished episodes — servers, seed, states before and after, every call —
 * and of snapshots marked durable, in PostgreSQL. `envfleet export` turns it into JSONL training
 * data. Its tables are created and migrated when it opens.
 */
export class PostgresArchive {
  readonly #pool: Pool;
  readonly #schema: string;
  /** The URL without its password, for messages. */
  readonly url: string;
  #closed = false;

  private constructor(pool: Pool, schema: string, url: string) {
    this.#pool = pool;
    this.#schema = schema;
    this.url = url;
  }

  /** Connects, migrates the schema, and answers once both worked; throws naming the server if not. */
  static async open(options: PostgresArchiveOptions): Promise<PostgresArchive> {
    const schema = quotedSchema(options.schema ?? 'envfleet');
    const url = redactedUrl(options.url);
    const pool = new Pool({
      connectionString: options.url,
      max: options.poolSize ?? 4,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      application_name: 'envfleet',
    });
    // An idle client's error is emitted on the pool; unhandled, it would end the process.
    pool.on('error', (error) => options.onError?.(error));
    try {
      await migrate(pool, options.schema ?? 'envfleet');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw isUnavailable(error)
        ? new Error(`PostgreSQL at ${url} does not answer: ${describe(error)}`)
        : new Error(`PostgreSQL at ${url} refused to set up the archive in schema ${schema}: ${describe(error)}`);
    }
    return new PostgresArchive(pool, schema, url);
  }

  /** Stores a finished episode. Archiving one twice keeps the first. */
  async archive(record: EpisodeRecord, trajectory: TrajectoryEntry[], reason: CloseReason = 'closed'): Promise<void> {
    await this.#query(
      `archiving episode ${record.id}`,
      `insert into ${this.#schema}.episodes
         (episode_id, servers, seed, steps, call_count, initial_states, final_states, calls, created_at, reason)
       values ($1, $2, $3, $4, $5, $6, $7, $8, to_timestamp($9::double precision / 1000), $10)
       on conflict (episode_id) do nothing`,
      [
        record.id,
        record.servers,
        record.seed,
        record.step,
        record.calls,
        JSON.stringify(record.initialStates),
        JSON.stringify(record.states),
        JSON.stringify(trajectory),
        record.createdAt,
        reason,
      ],
    );
  }

  /** Keeps a snapshot beyond its episode's life (replaces one with the same ids). */
  async putDurableSnapshot(snapshot: Snapshot): Promise<void> {
    await this.#query(
      `saving durable snapshot ${snapshot.id} of episode ${snapshot.episodeId}`,
      `insert into ${this.#schema}.durable_snapshots
         (episode_id, snapshot_id, step, call_count, states, trajectory_length, created_at)
       values ($1, $2, $3, $4, $5, $6, to_timestamp($7::double precision / 1000))
       on conflict (episode_id, snapshot_id) do update set
         step = excluded.step, call_count = excluded.call_count, states = excluded.states,
         trajectory_length = excluded.trajectory_length, created_at = excluded.created_at`,
      [
        snapshot.episodeId,
        snapshot.id,
        snapshot.step,
        snapshot.calls,
        JSON.stringify(snapshot.states),
        snapshot.trajectoryLength,
        snapshot.createdAt,
      ],
    );
  }

  async durableSnapshot(episodeId: string, snapshotId: string): Promise<Snapshot | undefined> {
    const { rows } = await this.#query<{
      step: number;
      call_count: number;
      states: Snapshot['states'];
      trajectory_length: number;
      created_ms: number;
    }>(
      `reading durable snapshot ${snapshotId} of episode ${episodeId}`,
      `select step, call_count, states, trajectory_length, (extract(epoch from created_at) * 1000)::double precision as created_ms
         from ${this.#schema}.durable_snapshots where episode_id = $1 and snapshot_id = $2`,
      [episodeId, snapshotId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: snapshotId,
      episodeId,
      step: row.step,
      calls: row.call_count,
      states: row.states,
      trajectoryLength: row.trajectory_length,
      createdAt: Math.round(row.created_ms),
    };
  }

  /** Writes every archived episode as JSONL in EnvFactory's field names; returns how many. */
  async exportJsonl(target: Writable | string): Promise<number> {
    try {
      return await exportJsonl(this.#pool, this.#schema, target);
    } catch (error) {
      throw this.#translate(error, 'exporting the archive');
    }
  }

  /** Number of archived episodes. */
  async count(): Promise<number> {
    const { rows } = await this.#query<{ count: number }>(
      'counting archived episodes',
      `select count(*)::integer as count from ${this.#schema}.episodes`,
      [],
    );
    return rows[0]?.count ?? 0;
  }

  async ping(): Promise<boolean> {
    try {
      await this.#pool.query('select 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }

  async #query<Row extends object>(doing: string, sql: string, values: unknown[]) {
    try {
      return await this.#pool.query<Row>(sql, values);
    } catch (error) {
      throw this.#translate(error, doing);
    }
  }

  #translate(error: unknown, doing: string): Error {
    if (isUnavailable(error)) {
      return new EpisodeError(
        'unavailable',
        `PostgreSQL at ${this.url} does not answer: ${describe(error)} (while ${doing}); retry once it is back`,
      );
    }
    return new Error(`PostgreSQL at ${this.url} refused ${doing}: ${describe(error)}`);
  }
}

/** Whether the database is away or refusing for now, as opposed to rejecting this statement. */
function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return true; // ECONNREFUSED, ETIMEDOUT…: no SQLSTATE starts with E
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return UNAVAILABLE_SQLSTATE.test(code);
  return error instanceof Error && /Connection terminated|timeout exceeded when trying to connect|connection error/i.test(error.message);
}

/** An error's message; an AggregateError (every address of a host refused) says nothing alone. */
function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors.map(describe).join('; ');
  if (error instanceof Error) return error.message || (error as { code?: string }).code || error.name;
  return String(error);
}
