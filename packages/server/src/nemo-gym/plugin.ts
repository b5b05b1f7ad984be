import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AccessOptions, accessGuard } from '../plugins/access.js';
import { sendProblem } from '../plugins/problem.js';
import { aggregateMetrics } from './aggregate-metrics.js';
import { readRowFields, seedFields, verifyFields } from './row-fields.js';
import { sameServers, serversOfPath, toolOfRoute, unknownTool } from './server-set.js';
import { openSessionEpisode } from './session-episode.js';
import { readSessionCookie, sessionCookie, sessionCookieName } from './session-cookie.js';

export interface NemoGymOptions {
  engine: EpisodeEngine;
  /** Host/Origin and token checks, as on every guarded surface. */
  access: AccessOptions;
}

/** The base URL path of the resources server for a set of servers (`Calendar` or `Calendar,Retail`). */
export const nemoGymPath = (servers: string) => `/nemo-gym/${servers}`;

type Params = { servers: string; tool?: string };

/**
 * `/nemo-gym/<Server[,Server…]>/`: the servers as one NeMo Gym resources server
 * (`nemo_gym/base_resources_server.py`), driven the way its `simple_agent` drives one:
 * `POST /seed_session` with the task row opens the session's episode and sets the cookie that
 * carries it; `POST /{tool}` with the parsed arguments runs one call; `POST /verify` with the row
 * and the model's response answers them back with the EnvFactory `reward` of `evaluate`.
 *
 * A session is an episode and nothing else: the cookie holds its id, and the episode's idle TTL
 * (the engine's reaper, or the next request past it) ends both, so no session outlives its episode
 * nor holds one after it is gone. Errors are problem+json, whose `detail` is what FastAPI puts
 * there, so what an agent feeds back to the model reads the same.
 */
export async function nemoGymRoutes(app: FastifyInstance, options: NemoGymOptions): Promise<void> {
  const { engine } = options;
  await app.register(accessGuard, options.access);

  const serversOf = (request: FastifyRequest) => serversOfPath(engine, (request.params as Params).servers);

  // NeMo Gym polls a server's base URL until it answers (`ServerClient.poll_for_status`).
  for (const url of [nemoGymPath(':servers'), `${nemoGymPath(':servers')}/`]) {
    app.get(url, async (request) => {
      serversOf(request);
      return { status: 'ok' };
    });
  }

  // The session lives in the store, not in this verify: it cannot be re-run from the row alone.
  app.get(`${nemoGymPath(':servers')}/reverify_mode`, async (request) => {
    serversOf(request);
    return 'unsupported';
  });

  app.post(`${nemoGymPath(':servers')}/aggregate_metrics`, async (request) => {
    serversOf(request);
    return aggregateMetrics(request.body);
  });

  app.post(`${nemoGymPath(':servers')}/seed_session`, async (request, reply) => {
    const servers = serversOf(request);
    const fields = seedFields(readRowFields(request.body, 'seed_session'));
    const name = sessionCookieName(servers);
    const previous = readSessionCookie(request.headers.cookie, name);
    const episodeId = await openSessionEpisode(engine, servers, fields);
    // Seeding again within a session starts it over: the old episode is closed, not left to expire.
    if (previous && previous !== episodeId) await engine.close(previous).catch(() => undefined);
    reply.header('set-cookie', sessionCookie(name, episodeId));
    return { episodeId, servers, mcp_url_path: `/v1/episodes/${episodeId}/mcp` };
  });

  app.post(`${nemoGymPath(':servers')}/verify`, async (request) => {
    const servers = serversOf(request);
    const episodeId = sessionOf(request, servers);
    const fields = verifyFields(readRowFields(request.body, 'verify'));
    const info = await whileLive(servers, episodeId, () => engine.info(episodeId));
    if (!sameServers(info.servers, servers)) {
      throw new EpisodeError(
        'bad_request',
        `This session is an episode of ${info.servers.join(',')}: verify it at ${nemoGymPath(info.servers.join(','))}/verify`,
      );
    }
    const evaluation = await engine.evaluate(episodeId, fields);
    const row = (request.body ?? {}) as Record<string, unknown>;
    // BaseVerifyResponse: the request as sent, plus the reward; the whole evaluation beside it.
    return { ...row, reward: evaluation.reward, evaluation };
  });

  app.post(`${nemoGymPath(':servers')}/:tool`, async (request, reply) => {
    const servers = serversOf(request);
    const route = (request.params as Params).tool ?? '';
    const tool = toolOfRoute(engine, servers, route);
    if (tool === undefined) throw unknownTool(engine, servers, route);
    const episodeId = sessionOf(request, servers);
    const { results } = await whileLive(servers, episodeId, () =>
      engine.step(episodeId, { calls: [{ name: tool, arguments: request.body ?? {} }] }),
    );
    const result = results[0];
    if (!result) throw new Error('the step returned no result');
    // A failing call (bad arguments, a rule of the world) is recorded like any other, as evaluate
    // scores it; the agent gets the tool's message, with a status that marks the call failed.
    if (result.isError) return sendProblem(reply, 400, messageOf(result.content));
    // The tool's result as its JSON, even when it is a bare string (NeMo Gym reads the body as text).
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(result.content));
  });
}

/** The episode a request's session cookie names; refused when there is no session to act on. */
function sessionOf(request: FastifyRequest, servers: string[]): string {
  const name = sessionCookieName(servers);
  const episodeId = readSessionCookie(request.headers.cookie, name);
  const seed = `POST ${nemoGymPath(servers.join(','))}/seed_session`;
  if (episodeId === undefined) {
    throw new EpisodeError(
      'bad_request',
      `No session: this request carries no ${name} cookie. ${seed} first, and send the cookie its answer sets with every later request of the rollout`,
    );
  }
  if (episodeId === null) throw new EpisodeError('bad_request', `The cookie ${name} does not name a session this server started: ${seed}`);
  return episodeId;
}

/** Runs `work` on the session's episode, telling a session that has ended apart from other failures. */
async function whileLive<T>(servers: string[], episodeId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof EpisodeError) || error.kind !== 'not_found') throw error;
    throw new EpisodeError(
      'not_found',
      `This session has ended: its episode ${episodeId} was closed or expired after its idle TTL (envfleet.ttlSeconds in the row, or the server's ENVFLEET_TTL_SECONDS). Start a new one: POST ${nemoGymPath(servers.join(','))}/seed_session`,
    );
  }
}

function messageOf(content: unknown): string {
  const message = (content as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : JSON.stringify(content);
}
