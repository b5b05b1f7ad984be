// @envfleet/cli — the `envfleet` command's pieces, for embedding and tests.

// Commands
export { exportArchive } from './commands/export.js';
export { EXPORT_TOOLS_USAGE, exportTools } from './commands/export-tools.js';
export { list } from './commands/list.js';
export { MCP_CONFIG_USAGE, mcpConfig } from './commands/mcp-config.js';
export { NEW_ENV_USAGE, newEnvironment, UsageError } from './commands/new-env.js';
export type { NewEnvironmentOptions, NewEnvironmentResult } from './commands/new-env.js';
export { serve } from './commands/serve.js';
export { GRAPH_USAGE, graph } from './commands/graph.js';
export { SAMPLE_USAGE, sample } from './commands/sample.js';
export type { SampleCommandResult } from './commands/sample.js';
export { importTasks, TASKS_USAGE } from './commands/tasks.js';
export type { ImportedTasks } from './commands/tasks.js';

// The catalog and the scaffold it drives
export { CATALOG_FILE, readCatalog } from './catalog.js';
export type { CatalogEnvironment, CatalogTool } from './catalog.js';
export { environmentFiles } from './scaffold/environment-package.js';
export type { EnvironmentScaffold } from './scaffold/environment-package.js';
export { camelCase, kebabCase } from './scaffold/names.js';
export { zodSourceForInput } from './scaffold/zod-source.js';
export { readModels, scenarioSource } from './scaffold/pydantic-models.js';
