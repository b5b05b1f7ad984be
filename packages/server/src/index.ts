// @envfleet/server — serve environments: the v1 episode API, MCP over Streamable HTTP and stdio,
// health and metrics. The gateway composes the same pieces for the whole fleet. Starting a process
// (settings from its variables, stores, signals) is @envfleet/host's job.

// Building servers
export { buildServer } from './app.js';
export type { ServerOptions } from './app.js';
export { serveEnvironmentOverStdio } from './stdio.js';

// Settings a process reads and checks before building a server
export { DEFAULT_HTTP_TIMEOUTS } from './http-timeouts.js';
export { publicBaseUrl } from './public-url.js';

// Environments a process serves (the registry lives with the engine; re-exported for callers of the server)
export { EnvironmentRegistry } from '@envfleet/episodes';

// MCP surfaces
export { EpisodeMcpServers, toCallToolResult } from './mcp/episode-mcp-server.js';
export type { EpisodeBinding } from './mcp/episode-mcp-server.js';

// EnvFactory-compatible MCP (/envfactory/{Server}/mcp)
export { envfactoryMcpPath } from './envfactory/plugin.js';
export { fastmcpContent, pydanticJson } from './envfactory/fastmcp-content.js';
export { pydanticFloatText } from './envfactory/pydantic-float.js';

// Errors as problem+json
export { sendProblem } from './plugins/problem.js';

// Tools in trainers' formats (OpenAI function calling, verl's tool config), every property typed
export { toolFormats } from '@envfleet/contract';
export type { Tool, ToolFormat } from '@envfleet/contract';
export { openAiFunction, renderTools, verlEntry } from './tool-formats/render.js';
export type { RenderOptions } from './tool-formats/render.js';
export { ANY_JSON_TYPE, typedSchema } from './tool-formats/typed-schema.js';
