import { MemoryEpisodeStore } from '@envfleet/episodes';
import { RedisEpisodeStore } from '@envfleet/store';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteRedisKeys, REDIS_URL, uniquePrefix } from '../../store/test/services.js';
import { ConfigError, type StoreModule, storesFromVariables } from '../src/index.js';

const prefix = uniquePrefix('host-stores');
afterAll(() => deleteRedisKeys(prefix));

/** The real store package, counting how often it is loaded. */
function countingLoader() {
  const loader = {
    loads: 0,
    load: (): Promise<StoreModule> => {
      loader.loads++;
      return import('@envfleet/store');
    },
  };
  return loader;
}

describe('storesFromVariables', () => {
  it('keeps episodes in memory without loading the store package when no store variable is set', async () => {
    const loader = countingLoader();
    for (const variables of [{}, { REDIS_URL: '', DATABASE_URL: '  ' }, { REDIS_KEY_PREFIX: 'x:' }]) {
      const stores = await storesFromVariables(variables, { loadStore: loader.load });
      expect(stores.store).toBeInstanceOf(MemoryEpisodeStore);
      expect(stores.onClose).toBeUndefined();
      expect(stores.description).toBe('episodes in memory; no archive');
      await stores.close();
    }
    expect(loader.loads).toBe(0);
  });

  it('opens Redis for REDIS_URL through the store package, when it is installed', async () => {
    const loader = countingLoader();
    const stores = await storesFromVariables({ REDIS_URL, REDIS_KEY_PREFIX: prefix }, { loadStore: loader.load });
    try {
      expect(loader.loads).toBe(1);
      expect(stores.store).toBeInstanceOf(RedisEpisodeStore);
      expect(stores.description).toMatch(/^episodes in Redis at redis:\/\//);
    } finally {
      await stores.close();
    }
  });

  it('finds the store package by itself (an installed optional peer)', async () => {
    const stores = await storesFromVariables({ REDIS_URL, REDIS_KEY_PREFIX: prefix });
    try {
      expect(stores.store).toBeInstanceOf(RedisEpisodeStore);
    } finally {
      await stores.close();
    }
  });

  it("turns the store's refusal into a ConfigError that names the variable", async () => {
    const refusal = storesFromVariables({ REDIS_URL: 'http://127.0.0.1:6379' });
    await expect(refusal).rejects.toBeInstanceOf(ConfigError);
    await expect(refusal).rejects.toThrow(/^REDIS_URL=http:\/\/127\.0\.0\.1:6379\/: expected a redis:\/\/ or rediss:\/\/ URL/);
  });

  it('passes on a failure to load the store that is not its absence', async () => {
    const broken = new Error('the store failed while loading');
    await expect(
      storesFromVariables({ DATABASE_URL: 'postgres://x@127.0.0.1/db' }, { loadStore: () => Promise.reject(broken) }),
    ).rejects.toBe(broken);
  });
});
