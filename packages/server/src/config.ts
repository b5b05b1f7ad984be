/** Settings every server process (one environment or the gateway) reads from its environment. */
export interface ProcessConfig {
  port: number;
  host: string;
  token: string | undefined;
  ttlSeconds: number | undefined;
  maxStepsPerEpisode: number | undefined;
  bodyLimit: number | undefined;
  allowedHosts: string[] | undefined;
  logLevel: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function readProcessConfig(env: NodeJS.ProcessEnv = process.env): ProcessConfig {
  return {
    port: integer(env, 'PORT', 0, 65535) ?? 8080,
    host: env.HOST || '127.0.0.1',
    token: env.ENVFLEET_TOKEN || undefined,
    ttlSeconds: integer(env, 'ENVFLEET_TTL_SECONDS', 0, 7 * 24 * 3600),
    maxStepsPerEpisode: integer(env, 'ENVFLEET_MAX_STEPS', 1, Number.MAX_SAFE_INTEGER),
    bodyLimit: integer(env, 'ENVFLEET_BODY_LIMIT', 1024, 1024 ** 3),
    allowedHosts: env.ENVFLEET_ALLOWED_HOSTS
      ? env.ENVFLEET_ALLOWED_HOSTS.split(',')
          .map((h) => h.trim())
          .filter(Boolean)
      : undefined,
    logLevel: env.LOG_LEVEL || 'info',
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected a whole number from ${min} to ${max}`);
  }
  return value;
}
