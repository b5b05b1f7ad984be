// @envfleet/gateway — the fleet behind one endpoint: environments discovered from the workspace,
// served over the v1 API and MCP.

export { buildGateway } from './gateway.js';
export type { GatewayOptions } from './gateway.js';
export { environmentPackages, findWorkspaceRoot, loadEnvironments } from './discover.js';
export type { DiscoveredPackage } from './discover.js';

// Environments served by other processes
export { RemoteRuntime } from './remote-runtime.js';
export type { RemoteOptions } from './remote-runtime.js';
export { remotesFromVariables, watchRemotes } from './remotes.js';
