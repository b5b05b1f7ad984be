import type { EpisodeStore } from '@envfleet/episodes';
import type { Environment } from '@envfleet/kit';
import { buildServer, type ProcessConfig } from '@envfleet/server';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

export interface GatewayOptions {
  environments: Environment[];
  store?: EpisodeStore;
  config?: Partial<ProcessConfig>;
  logger?: FastifyServerOptions['logger'];
  reaperIntervalMs?: number;
}

/** The whole fleet in one process: v1 API over every environment, `/mcp/{Server}` private sessions. */
export async function buildGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const config = options.config ?? {};
  return buildServer({
    environments: options.environments,
    privateMcp: 'per-server',
    info: { name: 'envfleet', version: '0.1.0' },
    ...(options.store ? { store: options.store } : {}),
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
    ...(options.reaperIntervalMs !== undefined ? { reaperIntervalMs: options.reaperIntervalMs } : {}),
    ...(config.token ? { token: config.token } : {}),
    ...(config.ttlSeconds !== undefined ? { ttlSeconds: config.ttlSeconds } : {}),
    ...(config.maxStepsPerEpisode !== undefined ? { maxStepsPerEpisode: config.maxStepsPerEpisode } : {}),
    ...(config.bodyLimit !== undefined ? { bodyLimit: config.bodyLimit } : {}),
    ...(config.allowedHosts ? { allowedHosts: config.allowedHosts } : {}),
  });
}
