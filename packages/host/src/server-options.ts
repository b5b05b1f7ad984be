import type { ServerOptions } from '@envfleet/server';
import type { ProcessConfig } from './config.js';
import type { ProcessStores } from './stores.js';

/** The options of `buildServer` a process takes from its settings and stores (all but what it serves). */
export function serverOptionsFrom(config: ProcessConfig, stores: ProcessStores): Omit<ServerOptions, 'environments' | 'privateMcp'> {
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
