import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import { clipText } from '@envfleet/kit';
import type { SeedFields } from './row-fields.js';
import { sameServers } from './server-set.js';

/**
 * Opens the episode of a new session of `servers` from a row's seed fields: a stored task
 * (`taskId`, whose servers must be the path's), or per server a scenario or a preset; a server
 * given neither starts from its default world, as `POST /v1/episodes` does. Nothing is opened when
 * the fields are refused.
 */
export async function openSessionEpisode(engine: EpisodeEngine, servers: string[], fields: SeedFields): Promise<string> {
  const { taskId, ...rest } = fields;
  if (taskId === undefined) return (await engine.reset({ servers, ...rest })).episodeId;
  if (rest.scenario !== undefined || rest.presets !== undefined) {
    throw new EpisodeError('bad_request', 'give envfleet.taskId or envfleet.scenario/presets, not both: a task names its own scenarios');
  }
  const task = await engine.store.getTask(taskId);
  // An unknown task: the engine's reset answers the 404 that says how to import it.
  if (task && !sameServers(task.servers, servers)) {
    throw new EpisodeError(
      'bad_request',
      `Task "${clipText(taskId)}" is an episode of ${task.servers.join(',')}, not of ${servers.join(',')}: seed it at /nemo-gym/${task.servers.join(',')}/seed_session`,
    );
  }
  return (await engine.reset({ taskId, ...rest })).episodeId;
}
