import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import { OpenEnvSession } from './openenv-session.js';

/**
 * The sessions of OpenEnv's plain HTTP routes. OpenEnv's own HTTP server keeps nothing between
 * requests; here each `POST /reset` opens a session of its own, keyed by the episode id it answers
 * (`observation.metadata.episode_id`), which `POST /step` and `GET /state` then name. A session
 * not used for `idleMs` is closed with its episode, so a client that goes away leaks nothing.
 */
export class HttpSessions {
  readonly #sessions = new Map<string, OpenEnvSession>();
  readonly #timer: NodeJS.Timeout;

  constructor(
    readonly idleMs: number,
    readonly maxSessions: number,
  ) {
    this.#timer = setInterval(() => void this.sweep(), Math.min(idleMs, 30_000));
    this.#timer.unref();
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** Opens a session and resets it; a refused reset keeps nothing. */
  async open(engine: EpisodeEngine, servers: readonly string[], data: unknown) {
    if (this.#sessions.size >= this.maxSessions) {
      throw new EpisodeError('capacity', `This server holds ${this.maxSessions} OpenEnv HTTP sessions, its most; close some or use /ws`);
    }
    const session = new OpenEnvSession(engine, servers);
    const payload = await session.reset(data);
    this.#sessions.set(session.episodeId as string, session);
    return payload;
  }

  /** The session an episode id names, on the path that opened it. */
  get(episodeId: unknown, servers: readonly string[]): OpenEnvSession {
    if (typeof episodeId !== 'string' || episodeId === '') {
      throw new EpisodeError('bad_request', 'name the session: episode_id, as POST /reset answered it in observation.metadata.episode_id');
    }
    const session = this.#sessions.get(episodeId);
    if (!session || session.closed || session.pathServers.join(',') !== servers.join(',')) {
      throw new EpisodeError(
        'not_found',
        `No open OpenEnv session ${episodeId} on this path: it was closed after ${this.idleMs / 1000} s idle, or never opened here`,
      );
    }
    session.lastUsed = Date.now();
    return session;
  }

  /** Closes the sessions idle past `idleMs` (and their episodes). */
  async sweep(now = Date.now()): Promise<void> {
    for (const [id, session] of this.#sessions) {
      if (now - session.lastUsed < this.idleMs) continue;
      this.#sessions.delete(id);
      await session.close();
    }
  }

  async closeAll(): Promise<void> {
    clearInterval(this.#timer);
    const sessions = [...this.#sessions.values()];
    this.#sessions.clear();
    await Promise.all(sessions.map((session) => session.close()));
  }
}
