import type { EngineOptions, EpisodeRecord, TrajectoryEntry } from '@envfleet/episodes';
import type { CloseReason } from './postgres-archive.js';

/** Anything that keeps finished episodes (the PostgreSQL archive, or a test's array). */
export interface EpisodeArchive {
  archive(record: EpisodeRecord, trajectory: TrajectoryEntry[], reason: CloseReason): Promise<void>;
}

export type CloseHook = NonNullable<EngineOptions['onClose']>;

/**
 * The engine's `onClose` hook that archives every closed or reaped episode. The engine has already
 * removed the episode when the hook runs, so a failed write cannot be retried by the client: with
 * `onError` the failure is reported there (log it) and the close still succeeds; without, it
 * propagates, so it is never silent.
 */
export function archiveOnClose(
  archive: EpisodeArchive,
  options: { onError?: (error: unknown, record: EpisodeRecord) => void } = {},
): CloseHook {
  return async (record, trajectory, reason) => {
    try {
      await archive.archive(record, trajectory, reason);
    } catch (error) {
      if (!options.onError) throw error;
      options.onError(error, record);
    }
  };
}
