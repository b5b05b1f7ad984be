import { buildGateway, environmentPackages, findWorkspaceRoot, loadEnvironments, remotesFromEnvironment } from '@envfleet/gateway';
import { serveFromEnvironment, serverSettings } from '@envfleet/server';

/**
 * `envfleet serve`: the gateway with every environment of the workspace, plus ENVFLEET_REMOTES;
 * episodes in memory, or in Redis with REDIS_URL; archived to PostgreSQL with DATABASE_URL.
 */
export async function serve(root: string): Promise<void> {
  const remotes = remotesFromEnvironment();
  const remoteNames = new Set(remotes.map((remote) => remote.name));
  // A name given as a remote is served by that process, not by the local package of that name.
  const packages = environmentPackages(findWorkspaceRoot(root)).filter((pkg) => !remoteNames.has(pkg.server));
  const environments = await loadEnvironments(packages);
  const app = await serveFromEnvironment((config, stores) =>
    buildGateway({ environments, remotes, server: serverSettings(config, stores) }),
  );
  app.log.info(
    `envfleet gateway: ${environments.length} environments and ${remotes.length} remotes — GET /v1/environments, MCP at /mcp/{Server}`,
  );
}
