import { MemoryEpisodeStore } from '@envfleet/episodes';
import { afterAll, describe, expect, it } from 'vitest';
import { type ConfiguredStore, PostgresArchive, RedisEpisodeStore, StoreConfigurationError, storeFromVariables } from '../src/index.js';
import { DATABASE_URL, deleteRedisKeys, dropSchema, REDIS_URL, uniquePrefix, uniqueSchema } from './services.js';
import { record } from './store-contract.js';

const prefix = uniquePrefix('from-environment');
const schema = uniqueSchema('from_environment');

afterAll(async () => {
  await deleteRedisKeys(prefix);
  await dropSchema(schema);
});

async function configurationError(env: NodeJS.ProcessEnv): Promise<StoreConfigurationError> {
  const error = await storeFromVariables(env).then(
    (configured) => configured.close(),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreConfigurationError);
  return error as StoreConfigurationError;
}

describe('storeFromVariables', () => {
  it('keeps episodes in memory, without an archive, when nothing is configured', async () => {
    const configured = await storeFromVariables({ REDIS_URL: '', DATABASE_URL: '  ' });
    expect(configured.store).toBeInstanceOf(MemoryEpisodeStore);
    expect(configured.archive).toBeUndefined();
    expect(configured.onClose).toBeUndefined();
    expect(configured.description).toBe('episodes in memory; no archive');
    await configured.close();
  });

  it('uses Redis for REDIS_URL and archives to PostgreSQL for DATABASE_URL', async () => {
    let configured: ConfiguredStore | undefined;
    try {
      configured = await storeFromVariables({ REDIS_URL, REDIS_KEY_PREFIX: prefix, DATABASE_URL, DATABASE_SCHEMA: schema });
      expect(configured.store).toBeInstanceOf(RedisEpisodeStore);
      expect(configured.archive).toBeInstanceOf(PostgresArchive);
      expect(configured.description).toBe(
        `episodes in Redis at ${REDIS_URL}; finished episodes archived in PostgreSQL at ${DATABASE_URL} (schema ${schema})`,
      );
      const episode = record();
      await configured.store.create(episode, []);
      const removed = await configured.store.delete(episode.id);
      await configured.onClose?.(removed?.record ?? episode, removed?.trajectory ?? [], 'closed');
      expect(await configured.archive?.count()).toBe(1);
    } finally {
      await configured?.close();
      await configured?.close();
    }
  });

  it('refuses a malformed REDIS_URL or DATABASE_URL, naming the variable', async () => {
    const notUrl = await configurationError({ REDIS_URL: 'localhost:6379' });
    expect(notUrl.variable).toBe('REDIS_URL');
    expect(notUrl.message).toMatch(/^REDIS_URL=localhost:6379: expected a redis:\/\/ or rediss:\/\/ URL/);

    expect((await configurationError({ REDIS_URL: 'not a url' })).message).toMatch(
      /^REDIS_URL=not a url: not a URL — expected one like redis:\/\/host:6379/,
    );
    const database = await configurationError({ DATABASE_URL: 'mysql://root:secret@db/test' });
    expect(database.variable).toBe('DATABASE_URL');
    expect(database.message).toMatch(/^DATABASE_URL=mysql:\/\/root:\*\*\*@db\/test: expected a postgres:\/\/ or postgresql:\/\/ URL/);
    expect((await configurationError({ DATABASE_URL, DATABASE_SCHEMA: 'no-dashes' })).message).toMatch(/^DATABASE_SCHEMA=no-dashes: /);
  });

  it('refuses a REDIS_URL or DATABASE_URL where nothing answers, naming the variable', async () => {
    const redis = await configurationError({ REDIS_URL: 'redis://127.0.0.1:1' });
    expect(redis.variable).toBe('REDIS_URL');
    expect(redis.message).toMatch(
      /^REDIS_URL=redis:\/\/127\.0\.0\.1:1: Redis at redis:\/\/127\.0\.0\.1:1 does not answer: .*ECONNREFUSED.* — start Redis there, fix REDIS_URL/,
    );

    const database = await configurationError({
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      DATABASE_URL: 'postgres://postgres:pw@127.0.0.1:1/test',
    });
    expect(database.variable).toBe('DATABASE_URL');
    expect(database.message).toMatch(
      /^DATABASE_URL=postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test: PostgreSQL at .* does not answer: .*ECONNREFUSED/,
    );
    expect(database.message).not.toContain(':pw@');
  });
});
