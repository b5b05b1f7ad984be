import { buildGateway, environmentPackages, findWorkspaceRoot, loadEnvironments, remotesFromEnvironment } from '@envfleet/gateway';
import { closeOnSignals, readProcessConfig } from '@envfleet/server';

/** `envfleet serve`: the gateway with every environment of the workspace, memory store. */
export async function serve(root: string): Promise<void> {
  const config = readProcessConfig();
  const remotes = remotesFromEnvironment();
  const remoteNames = new Set(remotes.map((remote) => remote.name));
  // A name given as a remote is served by that process, not by the local package of that name.
  const packages = environmentPackages(findWorkspaceRoot(root)).filter((pkg) => !remoteNames.has(pkg.server));
  const environments = await loadEnvironments(packages);
  const app = await buildGateway({ environments, remotes, config, logger: { level: config.logLevel } });
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    `envfleet gateway: ${environments.length} environments and ${remotes.length} remotes — GET /v1/environments, MCP at /mcp/{Server}`,
  );
  closeOnSignals(app);
}
