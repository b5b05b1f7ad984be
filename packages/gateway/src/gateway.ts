import type { EpisodeStore } from '@envfleet/episodes';
import type { Environment } from '@envfleet/kit';
import { buildServer, type ProcessConfig } from '@envfleet/server';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { RemoteRuntime } from './remote-runtime.js';
import { watchRemotes } from './remotes.js';

export interface GatewayOptions {
  environments: Environment[];
  /** Environments served by other processes, proxied over the same v1 contract. */
  remotes?: RemoteRuntime[];
  /** How often remotes are probed (default 5 s). */
  remoteCheckIntervalMs?: number;
  store?: EpisodeStore;
  config?: Partial<ProcessConfig>;
  logger?: FastifyServerOptions['logger'];
  reaperIntervalMs?: number;
}

/**
 * The whole fleet in one process: v1 API over every environment (local and remote),
 * `/mcp/{Server}` private sessions. Remotes are described once before it starts, then probed.
 */
export async function buildGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const config = options.config ?? {};
  const remotes = options.remotes ?? [];
  await Promise.all(remotes.map((remote) => remote.refresh()));
  const app = await buildServer({
    environments: [...options.environments, ...remotes],
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
  const stopWatching = watchRemotes(remotes, options.remoteCheckIntervalMs ?? 5_000);
  app.addHook('onClose', async () => stopWatching());
  return app;
}
