import type { Environment } from '@envfleet/kit';
import { buildServer, serveEnvironmentOverStdio } from '@envfleet/server';
import { serveFromVariables } from './serve.js';
import { serverOptionsFrom } from './server-options.js';

/**
 * The `main` of every environment package: this process becomes that one environment's server.
 * `--stdio` serves MCP on stdin/stdout; otherwise the v1 API and MCP over HTTP on $HOST:$PORT
 * (default 127.0.0.1:8080) until SIGINT/SIGTERM.
 */
export async function runEnvironmentProcess(environment: Environment, argv: string[] = process.argv.slice(2)): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      `${environment.name} — ${environment.description}\n\nUsage: envfleet-<name> [--stdio]\n  --stdio   MCP over stdin/stdout (one private episode, demo preset)\n  (default) HTTP: v1 episode API, MCP at /mcp; PORT, HOST, ENVFLEET_TOKEN, ENVFLEET_TTL_SECONDS, LOG_LEVEL\n  Stores: REDIS_URL, DATABASE_URL (need @envfleet/store installed; unset: episodes in memory)\n  Limits (docs/limits.md): ENVFLEET_MAX_EPISODES, ENVFLEET_MAX_SNAPSHOTS, ENVFLEET_MAX_STATE_BYTES, ENVFLEET_MAX_TOTAL_STATE_BYTES, ENVFLEET_MAX_TTL_SECONDS, ENVFLEET_MAX_MCP_SESSIONS, ENVFLEET_MAX_STEPS, ENVFLEET_MAX_ARGUMENT_BYTES, ENVFLEET_MAX_JSON_DEPTH, ENVFLEET_BODY_LIMIT, ENVFLEET_REQUEST_TIMEOUT_MS, ENVFLEET_HEADERS_TIMEOUT_MS, ENVFLEET_KEEP_ALIVE_TIMEOUT_MS\n  Host names: ENVFLEET_ALLOWED_HOSTS, ENVFLEET_PUBLIC_URL\n`,
    );
    return;
  }
  if (argv.includes('--stdio')) return serveEnvironmentOverStdio(environment);
  await serveFromVariables((config, stores) =>
    buildServer({
      environments: [environment],
      privateMcp: 'single',
      info: { name: environment.name, version: environment.version },
      ...serverOptionsFrom(config, stores),
    }),
  );
}
