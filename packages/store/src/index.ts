// @envfleet/store — episode stores beyond memory, chosen by configuration: Redis, shared by every
// gateway replica, and a PostgreSQL archive of finished episodes that exports training data.

// Choosing by configuration (REDIS_URL, DATABASE_URL)
export { StoreConfigurationError, storeFromVariables } from './from-variables.js';
export type { ConfiguredStore, StoreFromVariablesOptions } from './from-variables.js';

// Redis: live episodes
export { RedisEpisodeStore } from './redis-store.js';
export type { GetOptions, RedisStoreOptions } from './redis-store.js';

// PostgreSQL: the archive, its migrations and the JSONL export
export { PostgresArchive } from './postgres-archive.js';
export type { CloseReason, PostgresArchiveOptions } from './postgres-archive.js';
export { archiveOnClose } from './archive-on-close.js';
export type { CloseHook, EpisodeArchive } from './archive-on-close.js';
export { MIGRATIONS } from './migrations.js';
export type { Migration } from './migrations.js';
export type { ExportedEpisode } from './export.js';
