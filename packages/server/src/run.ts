import type { Environment } from '@envfleet/kit';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app.js';
import { ConfigError, readProcessConfig } from './config.js';
import { serveEnvironmentOverStdio } from './stdio.js';

/**
 * The `main` of every environment package: `--stdio` serves MCP on stdin/stdout; otherwise the v1
 * API and MCP over HTTP on $HOST:$PORT (default 127.0.0.1:8080) until SIGINT/SIGTERM.
 */
export async function runEnvironment(env: Environment, argv: string[] = process.argv.slice(2)): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      `${env.name} — ${env.description}\n\nUsage: envfleet-<name> [--stdio]\n  --stdio   MCP over stdin/stdout (one private episode, demo preset)\n  (default) HTTP: v1 episode API, MCP at /mcp; PORT, HOST, ENVFLEET_TOKEN, ENVFLEET_TTL_SECONDS, LOG_LEVEL\n`,
    );
    return;
  }
  if (argv.includes('--stdio')) return serveEnvironmentOverStdio(env);
  try {
    const config = readProcessConfig();
    const app = await buildServer({
      environments: [env],
      privateMcp: 'single',
      info: { name: env.name, version: env.version },
      logger: { level: config.logLevel },
      ...(config.token ? { token: config.token } : {}),
      ...(config.ttlSeconds !== undefined ? { ttlSeconds: config.ttlSeconds } : {}),
      ...(config.maxStepsPerEpisode !== undefined ? { maxStepsPerEpisode: config.maxStepsPerEpisode } : {}),
      ...(config.bodyLimit !== undefined ? { bodyLimit: config.bodyLimit } : {}),
      ...(config.allowedHosts ? { allowedHosts: config.allowedHosts } : {}),
    });
    await app.listen({ port: config.port, host: config.host });
    closeOnSignals(app);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
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
