import type { Environment } from '@envfleet/kit';
import { type ConfiguredStore, StoreConfigurationError, storeFromEnvironment } from '@envfleet/store';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app.js';
import { ConfigError, type ProcessConfig, readProcessConfig } from './config.js';
import { serveEnvironmentOverStdio } from './stdio.js';

/**
 * The `main` of every environment package: `--stdio` serves MCP on stdin/stdout; otherwise the v1
 * API and MCP over HTTP on $HOST:$PORT (default 127.0.0.1:8080) until SIGINT/SIGTERM.
 */
export async function runEnvironment(env: Environment, argv: string[] = process.argv.slice(2)): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      `${env.name} — ${env.description}\n\nUsage: envfleet-<name> [--stdio]\n  --stdio   MCP over stdin/stdout (one private episode, demo preset)\n  (default) HTTP: v1 episode API, MCP at /mcp; PORT, HOST, ENVFLEET_TOKEN, ENVFLEET_TTL_SECONDS, REDIS_URL, DATABASE_URL, LOG_LEVEL\n  Limits (docs/limits.md): ENVFLEET_MAX_EPISODES, ENVFLEET_MAX_SNAPSHOTS, ENVFLEET_MAX_STATE_BYTES, ENVFLEET_MAX_TOTAL_STATE_BYTES, ENVFLEET_MAX_TTL_SECONDS, ENVFLEET_MAX_MCP_SESSIONS, ENVFLEET_MAX_STEPS, ENVFLEET_MAX_ARGUMENT_BYTES, ENVFLEET_MAX_JSON_DEPTH, ENVFLEET_BODY_LIMIT, ENVFLEET_REQUEST_TIMEOUT_MS, ENVFLEET_HEADERS_TIMEOUT_MS, ENVFLEET_KEEP_ALIVE_TIMEOUT_MS\n  Host names: ENVFLEET_ALLOWED_HOSTS, ENVFLEET_PUBLIC_URL\n`,
    );
    return;
  }
  if (argv.includes('--stdio')) return serveEnvironmentOverStdio(env);
  await serveFromEnvironment((config, stores) =>
    buildServer({
      environments: [env],
      privateMcp: 'single',
      info: { name: env.name, version: env.version },
      ...serverSettings(config, stores),
    }),
  );
}

/** The options every server process takes from its environment variables. */
export function serverSettings(config: ProcessConfig, stores: ConfiguredStore) {
  return {
    logger: { level: config.logLevel },
    store: stores.store,
    ...(stores.onClose ? { onEpisodeClose: stores.onClose } : {}),
    ...(config.token ? { token: config.token } : {}),
    ...(config.ttlSeconds !== undefined ? { ttlSeconds: config.ttlSeconds } : {}),
    ...(config.maxStepsPerEpisode !== undefined ? { maxStepsPerEpisode: config.maxStepsPerEpisode } : {}),
    limits: {
      ...(config.maxEpisodes !== undefined ? { maxEpisodes: config.maxEpisodes } : {}),
      ...(config.maxSnapshotsPerEpisode !== undefined ? { maxSnapshotsPerEpisode: config.maxSnapshotsPerEpisode } : {}),
      ...(config.maxStateBytes !== undefined ? { maxStateBytes: config.maxStateBytes } : {}),
      ...(config.maxTotalStateBytes !== undefined ? { maxTotalStateBytes: config.maxTotalStateBytes } : {}),
      ...(config.maxTtlSeconds !== undefined ? { maxTtlSeconds: config.maxTtlSeconds } : {}),
      ...(config.maxArgumentBytes !== undefined ? { maxArgumentBytes: config.maxArgumentBytes } : {}),
    },
    ...(config.maxMcpSessions !== undefined ? { maxMcpSessions: config.maxMcpSessions } : {}),
    ...(config.bodyLimit !== undefined ? { bodyLimit: config.bodyLimit } : {}),
    ...(config.allowedHosts ? { allowedHosts: config.allowedHosts } : {}),
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    ...(config.maxJsonDepth !== undefined ? { maxJsonDepth: config.maxJsonDepth } : {}),
    ...(config.requestTimeoutMs !== undefined ? { requestTimeoutMs: config.requestTimeoutMs } : {}),
    ...(config.headersTimeoutMs !== undefined ? { headersTimeoutMs: config.headersTimeoutMs } : {}),
    ...(config.keepAliveTimeoutMs !== undefined ? { keepAliveTimeoutMs: config.keepAliveTimeoutMs } : {}),
  };
}

/**
 * Reads the configuration, connects the stores it names, builds the app and listens; closes all of
 * it on SIGINT/SIGTERM. A setting that cannot work (a bad PORT, an unreachable REDIS_URL) stops the
 * process before it listens, with a message naming the variable.
 */
export async function serveFromEnvironment(
  build: (config: ProcessConfig, stores: ConfiguredStore) => Promise<FastifyInstance>,
): Promise<FastifyInstance> {
  let stores: ConfiguredStore | undefined;
  try {
    const config = readProcessConfig();
    stores = await storeFromEnvironment(process.env, { onError: (error, context) => console.error(`${context}:`, error) });
    const app = await build(config, stores);
    const opened = stores;
    app.addHook('onClose', () => opened.close());
    await app.listen({ port: config.port, host: config.host });
    app.log.info(`episodes: ${stores.description}`);
    closeOnSignals(app);
    return app;
  } catch (error) {
    await stores?.close().catch(() => undefined);
    if (error instanceof ConfigError || error instanceof StoreConfigurationError) {
      process.stderr.write(`envfleet cannot start: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

/** Finish in-flight requests, close sessions and stores, then exit. */
export function closeOnSignals(app: FastifyInstance): void {
  const stop = (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
