// @envfleet/host — start a server process: its settings from the process's variables, its stores
// (memory; Redis and PostgreSQL only when asked for and @envfleet/store is installed), signals.
// Vocabulary (README.md): "environment" is an envfleet Environment, "server" one as the catalog
// names it, "variables" the process's environment variables (`process.env`).

// One environment's process (every environment package's main)
export { runEnvironmentProcess } from './environment-process.js';

// Any server process (the gateway's too)
export { closeOnSignals, serveFromVariables } from './serve.js';
export type { ServeFromVariablesOptions } from './serve.js';
export { serverOptionsFrom } from './server-options.js';

// Settings and stores from the process's variables
export { ConfigError, readProcessConfig } from './config.js';
export type { ProcessConfig } from './config.js';
export { STORE_PACKAGE, STORE_VARIABLES, storesFromVariables } from './stores.js';
export type { ProcessStores, StoreModule, StoresFromVariablesOptions } from './stores.js';
