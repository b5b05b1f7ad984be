import { EpisodeError } from '@envfleet/episodes';
import { Redis, ReplyError } from 'ioredis';
import { redactedUrl } from './redacted-url.js';
import type { RedisScript } from './redis-scripts.js';

export interface RedisConnectionOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…` for TLS. */
  url: string;
  /** How long to wait for a TCP connection (default 2 s). */
  connectTimeoutMs?: number;
  /** How long a command may take before it fails as unavailable (default 5 s). */
  commandTimeoutMs?: number;
  /** Connection errors as they happen (each failed reconnect attempt too), for a log. */
  onError?: (error: Error) => void;
}

// Replies meaning "Redis is there but cannot serve right now": worth a 503 and a retry, not a 500.
const TEMPORARY_REPLY = /^(LOADING|BUSY|READONLY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN|NOREPLICAS|OOM)\b/;

/**
 * One ioredis client set up to fail fast: while Redis is away, commands fail at once with an
 * EpisodeError('unavailable') naming the server (a 503 for the client), instead of waiting in a
 * queue; the client keeps reconnecting by itself and serves again as soon as Redis is back.
 */
export class RedisConnection {
  readonly client: Redis;
  /** The URL without its password, for messages. */
  readonly url: string;
  #lastError: Error | undefined;

  constructor(options: RedisConnectionOptions, connectNow = true) {
    this.url = redactedUrl(options.url);
    this.client = new Redis(options.url, {
      lazyConnect: !connectNow,
      enableOfflineQueue: false,
      // A command in flight when the connection drops gets one reconnect to complete (commits are
      // idempotent by their token), then fails rather than hanging the request.
      maxRetriesPerRequest: 1,
      connectTimeout: options.connectTimeoutMs ?? 2000,
      commandTimeout: options.commandTimeoutMs ?? 5000,
      retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2000),
    });
    this.client.on('error', (error: Error) => {
      this.#lastError = error;
      options.onError?.(error);
    });
    this.client.on('ready', () => {
      this.#lastError = undefined;
    });
  }

  /** Opens a connection and checks that Redis answers; throws a message naming the server if not. */
  static async open(options: RedisConnectionOptions): Promise<RedisConnection> {
    const connection = new RedisConnection(options, false);
    try {
      await connection.client.connect();
      await connection.client.ping();
      return connection;
    } catch (error) {
      connection.client.disconnect();
      throw new Error(`Redis at ${connection.url} does not answer: ${connection.#reason(error)}`);
    }
  }

  /** Runs a Redis command, turning connection failures into EpisodeError('unavailable'). */
  async call<T>(doing: string, command: (client: Redis) => Promise<T>): Promise<T> {
    try {
      return await command(this.client);
    } catch (error) {
      throw this.#translate(error, doing);
    }
  }

  /** Runs a script by its digest, loading it on first use (and after Redis restarts empty). */
  async run(script: RedisScript, doing: string, keys: string[], args: (string | number)[]): Promise<unknown> {
    return this.call(doing, async (client) => {
      // One array, not spread arguments: a fork of a long trajectory has more values than a call takes.
      const values = [keys.length, ...keys, ...args];
      try {
        return await client.call('EVALSHA', [script.sha, ...values]);
      } catch (error) {
        if (!(error instanceof ReplyError) || !String((error as Error).message).startsWith('NOSCRIPT')) throw error;
        return await client.call('EVAL', [script.lua, ...values]);
      }
    });
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.client.status === 'end') return;
    try {
      await this.client.quit();
    } catch {
      // Not connected: nothing to say goodbye to.
      this.client.disconnect();
    }
  }

  #translate(error: unknown, doing: string): Error {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof ReplyError && !TEMPORARY_REPLY.test(message)) {
      return new Error(
        `Redis at ${this.url} refused ${doing}: ${message}${message.startsWith('WRONGTYPE') ? ' — is the key prefix shared with other data?' : ''}`,
      );
    }
    if (error instanceof ReplyError)
      return new EpisodeError('unavailable', `Redis at ${this.url} cannot serve ${doing} right now: ${message}`);
    return new EpisodeError(
      'unavailable',
      `Redis at ${this.url} does not answer: ${this.#reason(error)} (while ${doing}); retry once Redis is back`,
    );
  }

  // ioredis reports a refused connection as "Connection is closed" or "Stream isn't writeable";
  // the socket error seen last says why.
  #reason(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    const last = this.#lastError?.message;
    if (last && last !== message) return last;
    return message.startsWith("Stream isn't writeable") ? `not connected (${this.client.status})` : message;
  }
}
