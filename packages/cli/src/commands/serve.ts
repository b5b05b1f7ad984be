import { buildGateway, environmentPackages, findWorkspaceRoot, loadEnvironments } from '@envfleet/gateway';
import { closeOnSignals, readProcessConfig } from '@envfleet/server';

/** `envfleet serve`: the gateway with every environment of the workspace, memory store. */
export async function serve(root: string): Promise<void> {
  const config = readProcessConfig();
  const environments = await loadEnvironments(environmentPackages(findWorkspaceRoot(root)));
  const app = await buildGateway({ environments, config, logger: { level: config.logLevel } });
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`envfleet gateway: ${environments.length} environments — GET /v1/environments, MCP at /mcp/{Server}`);
  closeOnSignals(app);
}
