import { DEFAULT_HTTP_TIMEOUTS, publicBaseUrl } from '@envfleet/server';

/** Settings every server process (one environment or the gateway) reads from its process variables. */
export interface ProcessConfig {
  port: number;
  host: string;
  token: string | undefined;
  ttlSeconds: number | undefined;
  maxStepsPerEpisode: number | undefined;
  /** Resource limits; undefined: the engine's and the MCP plugin's defaults (docs/limits.md). */
  maxEpisodes: number | undefined;
  maxSnapshotsPerEpisode: number | undefined;
  maxStateBytes: number | undefined;
  maxTotalStateBytes: number | undefined;
  maxTtlSeconds: number | undefined;
  maxArgumentBytes: number | undefined;
  maxMcpSessions: number | undefined;
  bodyLimit: number | undefined;
  allowedHosts: string[] | undefined;
  publicUrl: string | undefined;
  maxJsonDepth: number | undefined;
  requestTimeoutMs: number | undefined;
  headersTimeoutMs: number | undefined;
  keepAliveTimeoutMs: number | undefined;
  logLevel: string;
}

/** A process variable that keeps the process from starting; the message names it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function readProcessConfig(variables: NodeJS.ProcessEnv = process.env): ProcessConfig {
  return {
    port: integer(variables, 'PORT', 0, 65535) ?? 8080,
    host: variables.HOST || '127.0.0.1',
    token: variables.ENVFLEET_TOKEN || undefined,
    ttlSeconds: integer(variables, 'ENVFLEET_TTL_SECONDS', 0, 7 * 24 * 3600),
    maxStepsPerEpisode: integer(variables, 'ENVFLEET_MAX_STEPS', 1, Number.MAX_SAFE_INTEGER),
    maxEpisodes: integer(variables, 'ENVFLEET_MAX_EPISODES', 1, Number.MAX_SAFE_INTEGER),
    maxSnapshotsPerEpisode: integer(variables, 'ENVFLEET_MAX_SNAPSHOTS', 1, Number.MAX_SAFE_INTEGER),
    maxStateBytes: integer(variables, 'ENVFLEET_MAX_STATE_BYTES', 1024, Number.MAX_SAFE_INTEGER),
    maxTotalStateBytes: integer(variables, 'ENVFLEET_MAX_TOTAL_STATE_BYTES', 1024, Number.MAX_SAFE_INTEGER),
    // Up to the longest TTL a reset may ask for (7 days).
    maxTtlSeconds: integer(variables, 'ENVFLEET_MAX_TTL_SECONDS', 1, 7 * 24 * 3600),
    maxArgumentBytes: integer(variables, 'ENVFLEET_MAX_ARGUMENT_BYTES', 1024, 1024 ** 3),
    maxMcpSessions: integer(variables, 'ENVFLEET_MAX_MCP_SESSIONS', 1, Number.MAX_SAFE_INTEGER),
    bodyLimit: integer(variables, 'ENVFLEET_BODY_LIMIT', 1024, 1024 ** 3),
    allowedHosts: hostNames(variables, 'ENVFLEET_ALLOWED_HOSTS'),
    publicUrl: baseUrl(variables, 'ENVFLEET_PUBLIC_URL'),
    maxJsonDepth: integer(variables, 'ENVFLEET_MAX_JSON_DEPTH', 1, 1_000),
    requestTimeoutMs: integer(variables, 'ENVFLEET_REQUEST_TIMEOUT_MS', 1_000, 3_600_000),
    headersTimeoutMs: headersTimeout(variables),
    keepAliveTimeoutMs: integer(variables, 'ENVFLEET_KEEP_ALIVE_TIMEOUT_MS', 1_000, 3_600_000),
    logLevel: variables.LOG_LEVEL || 'info',
  };
}

function integer(variables: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const raw = variables[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected a whole number from ${min} to ${max}`);
  }
  return value;
}

/** A comma-separated list of host names (a port, if given, is ignored: Hosts are compared without one). */
function hostNames(variables: NodeJS.ProcessEnv, name: string): string[] | undefined {
  const raw = variables[name];
  if (!raw) return undefined;
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const host = hostOf(entry);
      if (host === undefined) {
        throw new ConfigError(
          `${name} lists ${JSON.stringify(entry)}, which is not a host name: give names like envfleet.example.com or 10.0.0.5, separated by commas`,
        );
      }
      return host;
    });
}

function hostOf(entry: string): string | undefined {
  if (!URL.canParse(`http://${entry}`)) return undefined;
  const url = new URL(`http://${entry}`);
  return url.pathname === '/' && !url.username && !url.password && !url.search && !url.hash ? url.hostname : undefined;
}

function baseUrl(variables: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = variables[name];
  if (!raw) return undefined;
  try {
    return publicBaseUrl(raw);
  } catch (error) {
    throw new ConfigError(`${name}: ${(error as Error).message}`);
  }
}

// Node refuses a headers timeout longer than the request timeout; say so in the settings' names.
function headersTimeout(variables: NodeJS.ProcessEnv): number | undefined {
  const headers = integer(variables, 'ENVFLEET_HEADERS_TIMEOUT_MS', 1_000, 3_600_000);
  const request = integer(variables, 'ENVFLEET_REQUEST_TIMEOUT_MS', 1_000, 3_600_000) ?? DEFAULT_HTTP_TIMEOUTS.requestTimeoutMs;
  if (headers !== undefined && headers > request) {
    throw new ConfigError(
      `ENVFLEET_HEADERS_TIMEOUT_MS=${headers} is longer than the request timeout (${request} ms, ENVFLEET_REQUEST_TIMEOUT_MS): headers arrive with the request, so give them at most as long`,
    );
  }
  return headers;
}
