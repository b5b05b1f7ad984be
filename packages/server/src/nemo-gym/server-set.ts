import { qualifiedToolName, splitToolName } from '@envfleet/contract';
import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import { clipText, closestName } from '@envfleet/kit';

/**
 * The servers a `/nemo-gym/<Server[,Server…]>/` path names, in the order given, each once. An
 * unknown one is refused with a 404 naming the servers there are (the engine's own answer).
 */
export function serversOfPath(engine: EpisodeEngine, segment: string): string[] {
  const servers = [...new Set(segment.split(',').map((name) => name.trim()))];
  if (servers.some((name) => name === '')) {
    throw new EpisodeError(
      'bad_request',
      `"${clipText(segment)}" is not a list of servers: name them separated by commas (Calendar,Retail)`,
    );
  }
  for (const name of servers) engine.runtime(name);
  return servers;
}

/**
 * The tool a `POST /{tool}` route names among `servers`, as a step names it: `Server-tool`, or the
 * bare name when the path has one server (as NeMo Gym's own servers name their routes). Undefined
 * when it is none of theirs.
 */
export function toolOfRoute(engine: EpisodeEngine, servers: readonly string[], route: string): string | undefined {
  const split = splitToolName(route);
  if (split && servers.includes(split.server) && engine.runtime(split.server).tools.has(split.tool)) return route;
  const only = servers.length === 1 ? (servers[0] as string) : undefined;
  if (only !== undefined && engine.runtime(only).tools.has(route)) return route;
  return undefined;
}

/** The 404 for a route that is no tool here, with the nearest name and the names there are. */
export function unknownTool(engine: EpisodeEngine, servers: readonly string[], route: string): EpisodeError {
  const names = servers.flatMap((server) =>
    [...engine.runtime(server).tools.keys()].map((tool) => (servers.length === 1 ? tool : qualifiedToolName(server, tool))),
  );
  const hint = closestName(route, names);
  return new EpisodeError(
    'not_found',
    `Unknown tool "${clipText(route)}"${hint ? ` — did you mean "${hint}"?` : ''}. The tools of ${servers.join(',')} are: ${names.join(', ')}`,
  );
}

/** Whether two lists name the same servers, in any order (a task keeps its own order). */
export function sameServers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name) => b.includes(name));
}
