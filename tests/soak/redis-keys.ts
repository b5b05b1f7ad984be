import { RECENTLY_CLOSED_SECONDS } from '@envfleet/episodes';
import { Redis } from 'ioredis';

/** The soak's own keyspace in a shared Redis: its memory, what is left in it, and the cleanup. */
export class RedisKeyspace {
  readonly #redis: Redis;

  constructor(
    url: string,
    readonly prefix: string,
  ) {
    this.#redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  }

  async connect(): Promise<void> {
    await this.#redis.connect();
  }

  /** used_memory of the whole server: the soak's alone on its private redis-server, anyone's on a shared one. */
  async usedMemory(): Promise<number> {
    const info = await this.#redis.info('memory');
    return Number(info.match(/^used_memory:(\d+)/m)?.[1] ?? Number.NaN);
  }

  async keys(): Promise<string[]> {
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await this.#redis.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', 1000);
      found.push(...keys);
      cursor = next;
    } while (cursor !== '0');
    return found;
  }

  /**
   * Keys that outlive every episode: all of them but the answers of recent closes, which the store
   * keeps for a repeated close with an expiry of their own (at most RECENTLY_CLOSED_SECONDS).
   */
  async lingering(): Promise<string[]> {
    const left: string[] = [];
    for (const key of await this.keys()) {
      if (key.startsWith(`${this.prefix}closed:`)) {
        const ttl = await this.#redis.pttl(key);
        if (ttl > 0 && ttl <= RECENTLY_CLOSED_SECONDS * 1000) continue;
      }
      left.push(key);
    }
    return left;
  }

  async deleteAll(): Promise<void> {
    const keys = await this.keys();
    for (let i = 0; i < keys.length; i += 500) await this.#redis.unlink(...keys.slice(i, i + 500));
  }

  async close(): Promise<void> {
    await this.#redis.quit().catch(() => this.#redis.disconnect());
  }
}
