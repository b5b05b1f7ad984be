import { type EngineOptions, type EpisodeStore, MemoryEpisodeStore } from '@envfleet/episodes';
import { ConfigError } from './config.js';

/** Where a process keeps its episodes, opened from its variables and closed with it. */
export interface ProcessStores {
  store: EpisodeStore;
  /** The engine's `onClose` when finished episodes are archived. */
  onClose: EngineOptions['onClose'] | undefined;
  /** One line for the startup log, without passwords. */
  description: string;
  close(): Promise<void>;
}

/** What this package uses of @envfleet/store. */
export type StoreModule = Pick<typeof import('@envfleet/store'), 'storeFromVariables' | 'StoreConfigurationError'>;

export interface StoresFromVariablesOptions {
  /** Connection trouble after start and failed archive writes, for a log. */
  onError?: (error: unknown, context: string) => void;
  /**
   * Loads @envfleet/store. By default it is resolved from this package, where it is an optional
   * peer: installed beside the environment (or at the workspace root) it is found, otherwise not.
   * A process that depends on the store itself (the gateway) passes its own import.
   */
  loadStore?: () => Promise<StoreModule>;
}

export const STORE_PACKAGE = '@envfleet/store';

/** The variables that need @envfleet/store; with none of them set, episodes stay in memory. */
export const STORE_VARIABLES = ['REDIS_URL', 'DATABASE_URL'] as const;

/**
 * Memory unless REDIS_URL or DATABASE_URL is set; then @envfleet/store (and with it ioredis and pg)
 * is imported, only then, so a server without those variables never loads a database driver and
 * an environment deployed alone need not install one. A variable the store refuses, or one set
 * where the store is not installed, is a ConfigError naming the variable.
 */
export async function storesFromVariables(
  variables: NodeJS.ProcessEnv = process.env,
  options: StoresFromVariablesOptions = {},
): Promise<ProcessStores> {
  // Empty counts as unset, as in the store itself: compose files often leave variables empty.
  const asked = STORE_VARIABLES.filter((name) => variables[name]?.trim());
  if (asked.length === 0) return memoryStores();
  const module = await loadStoreModule(asked, options.loadStore ?? importStore);
  try {
    return await module.storeFromVariables(variables, options.onError ? { onError: options.onError } : {});
  } catch (error) {
    if (error instanceof module.StoreConfigurationError) throw new ConfigError(error.message);
    throw error;
  }
}

function memoryStores(): ProcessStores {
  const store = new MemoryEpisodeStore();
  return { store, onClose: undefined, description: 'episodes in memory; no archive', close: () => store.close() };
}

// Resolved from this file: the optional peer beside this package, or a workspace root that has it.
const importStore = (): Promise<StoreModule> => import('@envfleet/store');

async function loadStoreModule(asked: readonly string[], load: () => Promise<StoreModule>): Promise<StoreModule> {
  try {
    return await load();
  } catch (error) {
    if (!isStoreMissing(error)) throw error;
    const names = asked.join(' and ');
    throw new ConfigError(
      `${names} ${asked.length > 1 ? 'are' : 'is'} set, but ${STORE_PACKAGE} is not installed, so episodes cannot go to Redis or PostgreSQL: ` +
        `install it beside this server (pnpm add ${STORE_PACKAGE}, which brings ioredis and pg), or unset ${names} to keep episodes in memory`,
    );
  }
}

/** Node's answer to importing a package that is not installed — the store itself, not one of its own imports. */
function isStoreMissing(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' &&
    error.message.includes(`Cannot find package '${STORE_PACKAGE}'`)
  );
}
