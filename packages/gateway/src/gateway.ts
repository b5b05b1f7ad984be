import type { Environment } from '@envfleet/kit';
import { buildServer, type ServerOptions } from '@envfleet/server';
import type { FastifyInstance } from 'fastify';
import type { RemoteRuntime } from './remote-runtime.js';
import { watchRemotes } from './remotes.js';

export interface GatewayOptions {
  environments: Environment[];
  /** Environments served by other processes, proxied over the same v1 contract. */
  remotes?: RemoteRuntime[];
  /** How often remotes are probed (default 5 s). */
  remoteCheckIntervalMs?: number;
  /** Everything else a server takes: store, archive hook, token, limits, logger (see serverOptionsFrom in @envfleet/host). */
  server?: Omit<ServerOptions, 'environments' | 'privateMcp'>;
}

/**
 * The whole fleet in one process: v1 API over every environment (local and remote),
 * `/mcp/{Server}` private sessions. Remotes are described once before it starts, then probed.
 */
export async function buildGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const remotes = options.remotes ?? [];
  await Promise.all(remotes.map((remote) => remote.refresh()));
  const app = await buildServer({
    info: { name: 'envfleet', version: '0.1.0' },
    ...options.server,
    environments: [...options.environments, ...remotes],
    privateMcp: 'per-server',
  });
  const stopWatching = watchRemotes(remotes, options.remoteCheckIntervalMs ?? 5_000);
  app.addHook('onClose', async () => stopWatching());
  return app;
}
