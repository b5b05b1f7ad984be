import { once } from 'node:events';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { TrajectoryEntry } from '@envfleet/episodes';
import type { Pool } from 'pg';

/**
 * One line of the training data, with EnvFactory's field names, so its RL tooling reads it as is:
 * the servers, the state before and after, and every call in order.
 */
export interface ExportedEpisode {
  episodeId: string;
  servers: string[];
  initial_config: Record<string, unknown>;
  final_config: Record<string, unknown>;
  calls: { name: string; arguments: unknown; isError: boolean; content: unknown; step: number }[];
}

interface ArchivedRow {
  /** int8 arrives as a string; it only goes back into the next query. */
  archived_seq: string;
  episode_id: string;
  servers: string[];
  initial_states: Record<string, unknown>;
  final_states: Record<string, unknown>;
  calls: TrajectoryEntry[];
}

// Pages keep memory flat however large the archive is, without holding a cursor open.
const PAGE_SIZE = 200;

/**
 * Writes every archived episode as one JSON object per line, in archive order, and returns how
 * many it wrote. A path is created (or replaced) and closed; a stream is left open for its owner.
 */
export async function exportJsonl(pool: Pool, quotedSchema: string, target: Writable | string): Promise<number> {
  // Opened first so that a bad path fails here, with the path in the message.
  const stream = typeof target === 'string' ? (await open(target, 'w')).createWriteStream() : target;
  // A write error can come between two awaits; keep it instead of letting it go unhandled.
  let failure: Error | undefined;
  const onError = (error: Error) => {
    failure ??= error;
  };
  const settled = async (event: string) => {
    if (failure) throw failure;
    await once(stream, event);
    if (failure) throw failure;
  };
  stream.on('error', onError);
  let written = 0;
  try {
    let after = '0';
    for (;;) {
      const { rows } = await pool.query<ArchivedRow>(
        `select archived_seq, episode_id, servers, initial_states, final_states, calls
           from ${quotedSchema}.episodes
          where archived_seq > $1::bigint
          order by archived_seq
          limit ${PAGE_SIZE}`,
        [after],
      );
      for (const row of rows) {
        if (!stream.write(`${JSON.stringify(exportedEpisode(row))}\n`)) await settled('drain');
        written += 1;
      }
      if (failure) throw failure;
      const last = rows.at(-1);
      if (!last || rows.length < PAGE_SIZE) break;
      after = last.archived_seq;
    }
    if (typeof target === 'string') {
      stream.end();
      await settled('close');
    }
    if (failure) throw failure;
    return written;
  } catch (error) {
    if (typeof target === 'string') stream.destroy();
    throw error;
  } finally {
    stream.off('error', onError);
  }
}

function exportedEpisode(row: ArchivedRow): ExportedEpisode {
  return {
    episodeId: row.episode_id,
    servers: row.servers,
    initial_config: row.initial_states,
    final_config: row.final_states,
    // Rebuilt field by field: jsonb keeps no key order, the export promises one.
    calls: row.calls.map((call) => ({
      name: call.name,
      arguments: call.arguments ?? {},
      isError: call.isError,
      content: call.content,
      step: call.step,
    })),
  };
}
