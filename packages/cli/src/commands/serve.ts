import { buildGateway, environmentPackages, findWorkspaceRoot, loadEnvironments, remotesFromVariables } from '@envfleet/gateway';
import { serveFromVariables, serverOptionsFrom } from '@envfleet/host';

/**
 * `envfleet serve`: the gateway with every environment of the workspace, plus ENVFLEET_REMOTES;
 * episodes in memory, or in Redis with REDIS_URL; archived to PostgreSQL with DATABASE_URL.
 */
export async function serve(root: string): Promise<void> {
  const remotes = remotesFromVariables();
  const remoteNames = new Set(remotes.map((remote) => remote.name));
  // A name given as a remote is served by that process, not by the local package of that name.
  const packages = environmentPackages(findWorkspaceRoot(root)).filter((pkg) => !remoteNames.has(pkg.server));
  const environments = await loadEnvironments(packages);
  // The gateway depends on the store itself, so it loads its own copy rather than the host's optional peer.
  const app = await serveFromVariables(
    (config, stores) => buildGateway({ environments, remotes, server: serverOptionsFrom(config, stores) }),
    { loadStore: () => import('@envfleet/store') },
  );
  app.log.info(
    `envfleet gateway: ${environments.length} environments and ${remotes.length} remotes — GET /v1/environments, MCP at /mcp/{Server}/mcp`,
  );
}
