import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AccessOptions, accessGuard } from '../plugins/access.js';
import { openenvMetadata, openenvSchemas } from './describe.js';
import { HttpSessions } from './http-sessions.js';
import { OpenEnvError } from './openenv-error.js';
import { openenvTools } from './openenv-session.js';
import { serveWebSocket } from './websocket-session.js';

export interface OpenEnvOptions {
  engine: EpisodeEngine;
  /** Host/Origin and token checks, as on every guarded surface (the WebSocket upgrade included). */
  access: AccessOptions;
  /** Close HTTP sessions idle this long, with their episodes (default: 15 minutes). */
  sessionIdleMs?: number;
  /** HTTP sessions kept at once (default 10 000); a reset past it is refused with 507. */
  maxSessions?: number;
}

/** Where OpenEnv's routes are for a set of servers: a client's `base_url`. */
export const openenvPath = (servers: readonly string[]) => `/openenv/${servers.join(',')}`;

const DEFAULT_IDLE_MS = 15 * 60 * 1000;
const DEFAULT_MAX_SESSIONS = 10_000;

/**
 * `/openenv/{Server[,Server…]}/…`: OpenEnv's environment protocol (meta-pytorch/OpenEnv
 * `http_server.py`; docs/openenv.md), so an OpenEnv client — TRL's, torchforge's — drives the fleet
 * with only its `base_url` set. `/ws` is the session its clients use: one episode per connection,
 * closed with it. `/reset`, `/step`, `/state` are the same over plain HTTP, keyed by episode id
 * (http-sessions.ts). `/schema`, `/metadata`, `/health` describe the path. WebSocket support
 * (`@fastify/websocket`) is registered by the app, at its root.
 */
export async function openenvRoutes(app: FastifyInstance, options: OpenEnvOptions): Promise<void> {
  const { engine } = options;
  await app.register(accessGuard, options.access);
  const http = new HttpSessions(options.sessionIdleMs ?? DEFAULT_IDLE_MS, options.maxSessions ?? DEFAULT_MAX_SESSIONS);
  app.addHook('onClose', () => http.closeAll());

  const serversOf = (request: FastifyRequest) => pathServers(engine, (request.params as { servers: string }).servers);
  // Unknown servers are refused before the upgrade, as a 404 naming the servers there are.
  const checkServers = async (request: FastifyRequest) => void serversOf(request);
  const base = '/openenv/:servers';

  app.get(`${base}/ws`, { websocket: true, preValidation: checkServers }, (socket, request) =>
    serveWebSocket(socket, engine, serversOf(request), request.log),
  );
  app.post(`${base}/reset`, async (request) => http.open(engine, serversOf(request), request.body ?? {}).catch(asProblem));
  app.post(`${base}/step`, async (request) => {
    const servers = serversOf(request);
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new EpisodeError('bad_request', 'send {action, episode_id}');
    const { action, episode_id: episodeId } = body as { action?: unknown; episode_id?: unknown };
    if (action === undefined)
      throw new EpisodeError('bad_request', 'action is required: {"type": "list_tools"} or {"type": "call_tool", ...}');
    // Listing tools needs no session, as in OpenEnv.
    if ((action as { type?: unknown } | null)?.type === 'list_tools' && episodeId === undefined) {
      return { observation: { tools: openenvTools(engine, servers) }, reward: null, done: false };
    }
    const session = http.get(episodeId, servers);
    return session.inOrder(() => session.step(action)).catch(asProblem);
  });
  app.get(`${base}/state`, async (request) => {
    const session = http.get((request.query as { episode_id?: unknown }).episode_id, serversOf(request));
    return session.inOrder(() => session.state()).catch(asProblem);
  });
  app.get(`${base}/schema`, async (request) => {
    serversOf(request);
    return openenvSchemas;
  });
  app.get(`${base}/metadata`, async (request) => openenvMetadata(engine, serversOf(request)));
  app.get(`${base}/health`, async (request) => {
    serversOf(request);
    return { status: 'healthy' };
  });
}

/** The servers a path names, each known here (a 404 names the servers there are). */
function pathServers(engine: EpisodeEngine, param: string): string[] {
  const servers = [...new Set(param.split(','))];
  if (servers.some((server) => server === '')) {
    throw new EpisodeError(
      'bad_request',
      `name servers in the path separated by single commas: /openenv/Calendar,Retail/ (got "${param}")`,
    );
  }
  for (const server of servers) engine.runtime(server);
  return servers;
}

/** OpenEnv's refusals as the problem+json every other route answers: a 400 naming the fault. */
function asProblem(error: unknown): never {
  if (error instanceof OpenEnvError) {
    throw new EpisodeError(error.code === 'SESSION_ERROR' ? 'not_found' : 'bad_request', error.message, error.errors ?? []);
  }
  throw error;
}
