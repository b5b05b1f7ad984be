import { type EpisodeStore, MemoryEpisodeStore } from '@envfleet/episodes';
import { archiveOnClose, type CloseHook } from './archive-on-close.js';
import { quotedSchema } from './migrations.js';
import { PostgresArchive } from './postgres-archive.js';
import { redactedUrl } from './redacted-url.js';
import { RedisEpisodeStore } from './redis-store.js';

/** What the configuration asked for, connected and ready. */
export interface ConfiguredStore {
  store: EpisodeStore;
  archive: PostgresArchive | undefined;
  /** The engine's `onClose` when an archive is configured: closed and expired episodes go to it. */
  onClose: CloseHook | undefined;
  /** One line for the startup log, without passwords. */
  description: string;
  /** Closes the store and the archive (each at most once). */
  close(): Promise<void>;
}

export interface StoreFromVariablesOptions {
  /** Connection trouble after start and failed archive writes, for a log. */
  onError?: (error: unknown, context: string) => void;
}

/** A setting that keeps the process from starting; `variable` names the process variable to fix. */
export class StoreConfigurationError extends Error {
  override readonly name = 'StoreConfigurationError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Chooses stores by the process's variables alone (`process.env` unless given):
 *   REDIS_URL        episodes in Redis, shared by every replica (else in this process's memory)
 *   REDIS_KEY_PREFIX prefix of every Redis key (default `envfleet:`)
 *   DATABASE_URL     finished episodes archived in PostgreSQL (else not archived)
 *   DATABASE_SCHEMA  the archive's schema (default `envfleet`), migrated on start
 * A malformed URL or a service that does not answer throws a StoreConfigurationError whose message
 * starts with the variable and its value, so the process can refuse to start with it.
 */
export async function storeFromVariables(
  variables: NodeJS.ProcessEnv = process.env,
  options: StoreFromVariablesOptions = {},
): Promise<ConfiguredStore> {
  const redisUrl = setting(variables, 'REDIS_URL');
  const databaseUrl = setting(variables, 'DATABASE_URL');
  const keyPrefix = setting(variables, 'REDIS_KEY_PREFIX');
  const schema = setting(variables, 'DATABASE_SCHEMA');
  // Every setting is checked before connecting to anything: a typo needs no timeout to show.
  if (redisUrl !== undefined) checkUrl('REDIS_URL', redisUrl, ['redis:', 'rediss:'], 'redis://host:6379/0 (rediss:// for TLS)');
  if (databaseUrl !== undefined)
    checkUrl('DATABASE_URL', databaseUrl, ['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/database');
  if (schema !== undefined) {
    try {
      quotedSchema(schema);
    } catch (error) {
      throw new StoreConfigurationError('DATABASE_SCHEMA', `DATABASE_SCHEMA=${schema}: ${(error as Error).message}`);
    }
  }

  let store: EpisodeStore = new MemoryEpisodeStore();
  if (redisUrl !== undefined) {
    try {
      store = await RedisEpisodeStore.connect({
        url: redisUrl,
        ...(keyPrefix !== undefined ? { keyPrefix } : {}),
        onError: (error) => options.onError?.(error, 'redis'),
      });
    } catch (error) {
      throw new StoreConfigurationError(
        'REDIS_URL',
        `REDIS_URL=${redactedUrl(redisUrl)}: ${(error as Error).message} — start Redis there, fix REDIS_URL, or unset it to keep episodes in memory`,
      );
    }
  }

  let archive: PostgresArchive | undefined;
  if (databaseUrl !== undefined) {
    try {
      archive = await PostgresArchive.open({
        url: databaseUrl,
        ...(schema !== undefined ? { schema } : {}),
        onError: (error) => options.onError?.(error, 'postgres'),
      });
    } catch (error) {
      await store.close();
      throw new StoreConfigurationError(
        'DATABASE_URL',
        `DATABASE_URL=${redactedUrl(databaseUrl)}: ${(error as Error).message} — start PostgreSQL there, fix DATABASE_URL, or unset it to run without an archive`,
      );
    }
  }

  const described = [
    store instanceof RedisEpisodeStore ? `episodes in Redis at ${store.url}` : 'episodes in memory',
    archive ? `finished episodes archived in PostgreSQL at ${archive.url} (schema ${schema ?? 'envfleet'})` : 'no archive',
  ];
  let closing: Promise<void> | undefined;
  return {
    store,
    archive,
    onClose: archive
      ? archiveOnClose(
          archive,
          options.onError ? { onError: (error, record) => options.onError?.(error, `archiving episode ${record.id}`) } : {},
        )
      : undefined,
    description: described.join('; '),
    close: () => {
      closing ??= Promise.all([store.close(), archive?.close()]).then(() => undefined);
      return closing;
    },
  };
}

/** A variable's value; empty counts as unset, as compose files often leave them. */
function setting(variables: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = variables[name]?.trim();
  return value ? value : undefined;
}

function checkUrl(variable: string, value: string, protocols: string[], example: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StoreConfigurationError(variable, `${variable}=${redactedUrl(value)}: not a URL — expected one like ${example}`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new StoreConfigurationError(
      variable,
      `${variable}=${redactedUrl(value)}: expected a ${protocols.map((p) => `${p}//`).join(' or ')} URL, like ${example}`,
    );
  }
}
