import { API_PREFIX } from '@envfleet/contract';
import {
  DEFAULT_MAX_JSON_DEPTH,
  type EngineOptions,
  EnvironmentRegistry,
  EpisodeEngine,
  type EpisodeLimits,
  type EpisodeStore,
  MemoryEpisodeStore,
  type ServerRuntime,
} from '@envfleet/episodes';
import type { Environment } from '@envfleet/kit';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import { httpTimeouts, timeoutServerOptions } from './http-timeouts.js';
import { type AccessOptions, accessChecks } from './plugins/access.js';
import { catalogRoutes } from './catalog/plugin.js';
import { docsRoutes } from './plugins/docs.js';
import { v1Routes } from './plugins/episode-routes.js';
import { answerClientErrors, routingProblem } from './plugins/early-errors.js';
import { healthRoutes } from './plugins/health.js';
import { allowedHostnames } from './plugins/host-guard.js';
import { jsonBodies } from './plugins/json-body.js';
import { mcpPlugin } from './plugins/mcp.js';
import { envfactoryMcp } from './envfactory/plugin.js';
import { nemoGymRoutes } from './nemo-gym/plugin.js';
import { openenvRoutes } from './openenv/plugin.js';
import { FleetMetrics, metricsRoute, requestMetrics } from './plugins/metrics.js';
import { problemPlugin } from './plugins/problem.js';
import { publicBaseUrl } from './public-url.js';

export interface ServerOptions {
  /** Environments to run in this process, and runtimes (remote servers) to offer beside them. */
  environments: Iterable<Environment | ServerRuntime> | EnvironmentRegistry;
  /** Where episodes live. Default: in this process's memory, closed with the server; a store given here belongs to the caller. */
  store?: EpisodeStore;
  /** Told about every episode closed or reaped (the archive hook). */
  onEpisodeClose?: EngineOptions['onClose'];
  /** `single`: `/mcp` serves the one environment (standalone server); `per-server`: `/mcp/{Server}` (gateway). */
  privateMcp: 'single' | 'per-server';
  /** Name and version the MCP surfaces announce. */
  info?: { name: string; version: string };
  ttlSeconds?: number;
  maxStepsPerEpisode?: number;
  /** Episodes, snapshots, state bytes and TTL this server agrees to hold (defaults: docs/limits.md). */
  limits?: Partial<EpisodeLimits>;
  /** Open MCP sessions (2025 protocol) this server keeps at once (default 10 000). */
  maxMcpSessions?: number;
  /** How often idle episodes are reaped (default 30 s; 0 turns the reaper off). */
  reaperIntervalMs?: number;
  token?: string;
  /** Largest accepted request body in bytes (default 16 MiB). */
  bodyLimit?: number;
  /** Host names answered besides localhost, 127.0.0.1 and [::1] (the DNS-rebinding guard, every route but health probes). */
  allowedHosts?: string[];
  /** The URL clients reach this server at: the base of the `mcpUrl` a reset answers, and an allowed host. */
  publicUrl?: string;
  /** Deepest nesting of tool-call arguments (default 128); request bodies may nest a few levels more. */
  maxJsonDepth?: number;
  /** Time for a whole request to arrive (default 60 s). */
  requestTimeoutMs?: number;
  /** Time for a request's headers to arrive (default 20 s, at most the request timeout). */
  headersTimeoutMs?: number;
  /** Time a kept-alive connection may sit idle between requests (default 72 s). */
  keepAliveTimeoutMs?: number;
  logger?: FastifyServerOptions['logger'];
}

const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;
/** The version this server announces (OpenAPI `info.version`, MCP `serverInfo`): the packages' own. */
const ENVFLEET_VERSION = '0.1.0';

/**
 * A fastify app serving environments over the v1 API and MCP. Not listening yet: call `listen`.
 * Closing it stops the reaper, closes MCP sessions and the store.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const registry =
    options.environments instanceof EnvironmentRegistry ? options.environments : new EnvironmentRegistry(options.environments);
  const store = options.store ?? new MemoryEpisodeStore();
  const publicUrl = options.publicUrl !== undefined ? publicBaseUrl(options.publicUrl) : undefined;
  const maxJsonDepth = options.maxJsonDepth ?? DEFAULT_MAX_JSON_DEPTH;
  const timeouts = httpTimeouts(options);
  const app = Fastify({
    logger: options.logger ?? false,
    // One log line per request costs a rollout fleet more than it tells; errors are still logged,
    // and LOG_LEVEL=debug brings request lines back.
    logController: new LogController({ disableRequestLogging: !isVerbose(options.logger) }),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    ...timeoutServerOptions(timeouts),
    frameworkErrors: routingProblem,
    clientErrorHandler: answerClientErrors(timeouts),
  });
  const metrics = new FleetMetrics(store);
  const engine = new EpisodeEngine({
    environments: registry,
    store,
    ...(options.ttlSeconds !== undefined ? { defaultTtlSeconds: options.ttlSeconds } : {}),
    ...(options.maxStepsPerEpisode !== undefined ? { maxStepsPerEpisode: options.maxStepsPerEpisode } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    maxJsonDepth,
    onCall: metrics.observeCall,
    onReset: metrics.observeReset,
    onStep: metrics.observeStep,
    ...(options.onEpisodeClose ? { onClose: options.onEpisodeClose } : {}),
    onUnexpectedToolError: ({ server, tool, error }) => app.log.error({ err: error, server, tool }, 'tool handler failed unexpectedly'),
  });
  // Read by tests and the fuzz's engine pass, which drive the engine of a built server directly.
  app.decorate('engine', engine);

  // Every route but the health probes is guarded (Host and Origin, then the token): each guarded
  // plugin registers the checks as its own hooks, and an unknown path runs them before its 404.
  const access: AccessOptions = {
    allowedHosts: allowedHostnames(options.allowedHosts, publicUrl),
    ...(options.token ? { token: options.token } : {}),
  };
  // WebSocket upgrades (OpenEnv's /ws) at the root, before any route: its hooks then mark and release
  // the socket of every upgrade request, so one refused by a guard or sent to a plain route is closed.
  await app.register(websocket, { options: { maxPayload: options.bodyLimit ?? DEFAULT_BODY_LIMIT } });
  await app.register(problemPlugin, { notFoundGuards: accessChecks(access) });
  await app.register(jsonBodies, { maxDepth: maxJsonDepth });
  await app.register(requestMetrics, { metrics });
  await app.register(healthRoutes, { store });
  await app.register(metricsRoute, { metrics, access });
  await app.register(v1Routes, { prefix: API_PREFIX, engine, access, ...(publicUrl ? { publicUrl } : {}) });
  await app.register(docsRoutes, {
    prefix: '/docs',
    title: 'envfleet',
    version: ENVFLEET_VERSION,
    privateMcp: options.privateMcp,
    ...(publicUrl ? { publicUrl } : {}),
    access,
  });
  const only = registry.names();
  const info = options.info ?? {
    name: options.privateMcp === 'single' && only.length === 1 ? (only[0] as string) : 'envfleet',
    version: ENVFLEET_VERSION,
  };
  await app.register(catalogRoutes, { title: info.name, mcp: options.privateMcp, access, ...(publicUrl ? { publicUrl } : {}) });
  await app.register(mcpPlugin, {
    engine,
    access,
    info,
    privateRoutes:
      options.privateMcp === 'single'
        ? [{ path: '/mcp', servers: () => only }]
        : [
            { path: '/mcp/:server', servers: (params) => [params.server ?? ''] },
            // The same sandbox at a URL ending in /mcp: the MCP Inspector rewrites any other.
            { path: '/mcp/:server/mcp', servers: (params) => [params.server ?? ''] },
          ],
    ...(options.ttlSeconds ? { sessionIdleMs: options.ttlSeconds * 1000 } : {}),
    ...(options.maxMcpSessions !== undefined ? { maxSessions: options.maxMcpSessions } : {}),
  });

  await app.register(envfactoryMcp, {
    engine,
    access,
    ...(options.ttlSeconds ? { sessionIdleMs: options.ttlSeconds * 1000 } : {}),
    ...(options.maxMcpSessions !== undefined ? { maxSessions: options.maxMcpSessions } : {}),
  });

  await app.register(nemoGymRoutes, { engine, access });
  await app.register(openenvRoutes, {
    engine,
    access,
    ...(options.ttlSeconds ? { sessionIdleMs: options.ttlSeconds * 1000 } : {}),
    ...(options.maxMcpSessions !== undefined ? { maxSessions: options.maxMcpSessions } : {}),
  });

  const reaperIntervalMs = options.reaperIntervalMs ?? 30_000;
  const stopReaper =
    reaperIntervalMs > 0
      ? engine.startReaper(reaperIntervalMs, (error) => app.log.error({ err: error }, 'episode reaper failed'))
      : () => {};
  app.addHook('onClose', async () => {
    stopReaper();
    if (!options.store) await store.close();
  });
  return app;
}

function isVerbose(logger: ServerOptions['logger']): boolean {
  const level = typeof logger === 'object' && logger !== null && 'level' in logger ? logger.level : undefined;
  return level === 'debug' || level === 'trace';
}

declare module 'fastify' {
  interface FastifyInstance {
    engine: EpisodeEngine;
  }
}
