import type { FastifyInstance } from 'fastify';
import { ConfigError, type ProcessConfig, readProcessConfig } from './config.js';
import { explainListenError } from './listen-error.js';
import type { ProcessStores, StoresFromVariablesOptions } from './stores.js';
import { storesFromVariables } from './stores.js';

export interface ServeFromVariablesOptions {
  /** The process's variables (default `process.env`). */
  variables?: NodeJS.ProcessEnv;
  /** How to load @envfleet/store when a store variable is set (see `storesFromVariables`). */
  loadStore?: StoresFromVariablesOptions['loadStore'];
}

/**
 * Reads the settings from the process's variables, opens the stores they name, builds the app and
 * listens; closes all of it on SIGINT/SIGTERM. A setting that cannot work (a bad PORT, an
 * unreachable REDIS_URL, a REDIS_URL with no store installed, a PORT already in use) stops the process before it listens,
 * with a message naming the variable.
 */
export async function serveFromVariables(
  build: (config: ProcessConfig, stores: ProcessStores) => Promise<FastifyInstance>,
  options: ServeFromVariablesOptions = {},
): Promise<FastifyInstance> {
  const variables = options.variables ?? process.env;
  let stores: ProcessStores | undefined;
  try {
    const config = readProcessConfig(variables);
    stores = await storesFromVariables(variables, {
      onError: (error, context) => console.error(`${context}:`, error),
      ...(options.loadStore ? { loadStore: options.loadStore } : {}),
    });
    const app = await build(config, stores);
    const opened = stores;
    app.addHook('onClose', () => opened.close());
    // A busy port is a setting to change, said in one line, not a stack trace.
    await app.listen({ port: config.port, host: config.host }).catch((error: unknown) => {
      throw explainListenError(error, config);
    });
    app.log.info(`episodes: ${stores.description}`);
    closeOnSignals(app);
    return app;
  } catch (error) {
    await stores?.close().catch(() => undefined);
    if (error instanceof ConfigError) {
      process.stderr.write(`envfleet cannot start: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

/** Finish in-flight requests, close sessions and stores, then exit. */
export function closeOnSignals(app: FastifyInstance): void {
  const stop = (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
