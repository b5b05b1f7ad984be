// @envfleet/server — serve environments: the v1 episode API, MCP over Streamable HTTP and stdio,
// health and metrics. The gateway composes the same pieces for the whole fleet.

// Building and running servers
export { buildServer } from './app.js';
export type { ServerOptions } from './app.js';
export { closeOnSignals, runEnvironment, serveFromEnvironment, serverSettings } from './run.js';
export { serveEnvironmentOverStdio } from './stdio.js';
export { ConfigError, readProcessConfig } from './config.js';
export type { ProcessConfig } from './config.js';

// Environments a process serves
export { EnvironmentRegistry } from './registry.js';

// MCP surfaces
export { EpisodeMcpServers, toCallToolResult } from './mcp/episode-mcp-server.js';
export type { EpisodeBinding } from './mcp/episode-mcp-server.js';

// EnvFactory-compatible MCP (/envfactory/{Server}/mcp)
export { envfactoryMcpPath } from './envfactory/plugin.js';
export { fastmcpContent } from './envfactory/fastmcp-content.js';

// Errors as problem+json
export { sendProblem } from './plugins/problem.js';
