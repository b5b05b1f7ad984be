import { EnvfleetClient, EnvfleetError } from '@envfleet/client';
import {
  EpisodeError,
  type EpisodeErrorKind,
  LimitError,
  type ServerDescription,
  type ServerRuntime,
  type ToolInfo,
} from '@envfleet/episodes';

const REMOTE_TTL_CEILING = 7 * 24 * 3600;
const PROBE_TIMEOUT_MS = 2_000;

/** What a remote server's episode handle holds in the gateway's episode record. */
interface RemoteHandle {
  episodeId: string;
}
interface RemoteSnapshot extends RemoteHandle {
  snapshotId: string;
}

export interface RemoteOptions {
  /** Bearer token the remote expects (its ENVFLEET_TOKEN). */
  token?: string;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
}

/** Refusals a remote answers because of its limits (docs/limits.md), by status. */
const REFUSALS: Record<number, EpisodeErrorKind | undefined> = { 413: 'too_large', 429: 'limit', 507: 'capacity' };

/** A client of the remote whose every request gives up after `timeoutMs`. */
function clientOf(url: string, token: string | undefined, timeoutMs: number): EnvfleetClient {
  return new EnvfleetClient({
    baseUrl: url,
    ...(token ? { token } : {}),
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
  });
}

/**
 * An environment served by another envfleet process (a standalone env server), reached through
 * the TypeScript client of the same v1 API. Each gateway episode that uses it owns an episode
 * there; the gateway's record keeps only the remote episode id. A remote that does not answer, or
 * answers something that is not the API (a proxy's HTML error page), is marked unhealthy, and
 * calls to it fail at once with 503 until a health check sees it answer again.
 */
export class RemoteRuntime implements ServerRuntime {
  #description: ServerDescription | undefined;
  #tools: ReadonlyMap<string, ToolInfo> = new Map();
  #healthy = false;
  readonly #client: EnvfleetClient;
  /** The same remote with the health probe's shorter timeout. */
  readonly #probe: EnvfleetClient;

  constructor(
    readonly name: string,
    readonly url: string,
    readonly options: RemoteOptions = {},
  ) {
    this.url = url.replace(/\/+$/, '');
    this.#client = clientOf(this.url, options.token, options.timeoutMs ?? 10_000);
    this.#probe = clientOf(this.url, options.token, PROBE_TIMEOUT_MS);
  }

  get healthy(): boolean {
    return this.#healthy;
  }

  get tools(): ReadonlyMap<string, ToolInfo> {
    return this.#tools;
  }

  describe(): ServerDescription {
    const base = this.#description ?? {
      name: this.name,
      domain: 'unknown',
      version: 'unknown',
      description: `Remote environment at ${this.url}, not reached yet`,
      presets: [],
      tools: [],
    };
    return { ...base, remote: { url: this.url, healthy: this.#healthy } };
  }

  /** Fetches the remote's description; returns whether it answered. */
  async refresh(): Promise<boolean> {
    try {
      const { defaultScenario: _ignored, ...description } = await this.#client.environment(this.name);
      this.#description = { ...description, name: this.name };
      this.#tools = new Map(description.tools.map((tool) => [tool.name, tool]));
      this.#healthy = true;
    } catch {
      this.#healthy = false;
    }
    return this.#healthy;
  }

  /** One health probe: /healthz, then the description if we never had it. */
  async check(): Promise<boolean> {
    try {
      await this.#probe.health();
      if (!this.#description) return this.refresh();
      this.#healthy = true;
      return true;
    } catch {
      this.#healthy = false;
      return false;
    }
  }

  async defaultScenario(): Promise<unknown> {
    return (await this.#call((client) => client.environment(this.name))).defaultScenario;
  }

  async open(init: { scenario?: unknown; preset?: string; seed: number; ttlSeconds: number }): Promise<RemoteHandle> {
    const { episodeId } = await this.#call((client) =>
      client.reset({
        servers: [this.name],
        seed: init.seed,
        // The remote part idles while the agent works in other servers of the episode; the gateway
        // closes it with the episode, so its own TTL is only a backstop against a lost gateway.
        ...(init.ttlSeconds > 0 ? { ttlSeconds: Math.min(REMOTE_TTL_CEILING, init.ttlSeconds * 4) } : {}),
        ...(init.preset !== undefined
          ? { presets: { [this.name]: init.preset } }
          : { scenario: { [this.name]: (init.scenario ?? {}) as Record<string, unknown> } }),
      }),
    );
    return { episodeId };
  }

  async call(state: unknown, tool: string, args: unknown) {
    const handle = state as RemoteHandle;
    const { results } = await this.#call((client) =>
      client.step(handle.episodeId, [{ name: `${this.name}-${tool}`, arguments: args ?? {} }]),
    );
    const result = results[0];
    if (!result) throw new EpisodeError('unavailable', `Remote environment ${this.name} answered a step without a result`);
    return { isError: result.isError, content: result.content, state };
  }

  async save(state: unknown): Promise<unknown> {
    const { state: saved } = await this.#call((client) => client.state((state as RemoteHandle).episodeId));
    return saved[this.name];
  }

  async snapshot(state: unknown): Promise<RemoteSnapshot> {
    const handle = state as RemoteHandle;
    const { snapshotId } = await this.#call((client) => client.snapshot(handle.episodeId));
    return { episodeId: handle.episodeId, snapshotId };
  }

  async restore(_current: unknown, snapshot: unknown): Promise<RemoteHandle> {
    const { episodeId, snapshotId } = snapshot as RemoteSnapshot;
    await this.#call((client) => client.restore(episodeId, snapshotId));
    return { episodeId };
  }

  async fork(state: unknown): Promise<RemoteHandle> {
    const { episodeIds } = await this.#call((client) => client.fork((state as RemoteHandle).episodeId, 1));
    return { episodeId: episodeIds[0] as string };
  }

  async close(state: unknown): Promise<void> {
    await this.#call((client) => client.close((state as RemoteHandle).episodeId)).catch((error: unknown) => {
      if (!(error instanceof EpisodeError && error.status === 404)) throw error;
    });
  }

  readArguments(_tool: string, args: unknown): unknown {
    return args;
  }

  /** One request of an episode operation: refused at once while the remote is unhealthy. */
  async #call<T>(request: (client: EnvfleetClient) => Promise<T>): Promise<T> {
    if (!this.#healthy) {
      throw new EpisodeError(
        'unavailable',
        `Remote environment ${this.name} at ${this.url} is unhealthy (it stopped answering); retry once it is back`,
      );
    }
    try {
      return await request(this.#client);
    } catch (error) {
      throw this.#failure(error);
    }
  }

  /** The client's error in the engine's terms, marking the remote unhealthy when it is not answering as itself. */
  #failure(error: unknown): unknown {
    if (!(error instanceof EnvfleetError)) return error;
    const where = `${this.name} (remote at ${this.url})`;
    if (error.status === 0) {
      this.#healthy = false;
      const cause =
        error.cause instanceof Error ? ((error.cause.cause as Error | undefined)?.message ?? error.cause.message) : error.detail;
      return new EpisodeError('unavailable', `Remote environment ${this.name} at ${this.url} does not answer (${cause})`);
    }
    const refusal = REFUSALS[error.status];
    // A 429 is the remote's (or its proxy's) way of saying "later", whatever the body: passed on as
    // a 429, and the remote stays healthy.
    if (error.status === 429 && !error.answeredJson) return new EpisodeError('limit', `${where} answered 429: ${clip(error.detail)}`);
    if (!error.answeredJson) {
      this.#healthy = false;
      return new EpisodeError(
        'bad_gateway',
        `Remote environment ${this.name} at ${this.url} answered ${error.status} with something other than JSON (${clip(error.detail)}): a proxy's error page, or not an envfleet server. It is marked unhealthy until a health probe sees it answer`,
      );
    }
    if (error.status === 400) return new EpisodeError('bad_request', error.detail, error.issues);
    if (error.status === 404) return new EpisodeError('not_found', `${this.name} (remote): ${error.detail}`);
    if (error.status === 409) return new EpisodeError('conflict', `${this.name} (remote): ${error.detail}`);
    if (refusal) {
      // The remote's own limits: passed on as they are, so the client learns which setting to raise, and where.
      const message = `${where}: ${error.detail}`;
      if (error.setting !== undefined && error.limit !== undefined) return new LimitError(refusal, message, error.setting, error.limit);
      return new EpisodeError(refusal, message);
    }
    return new EpisodeError('unavailable', `Remote environment ${this.name} at ${this.url} failed: ${error.detail}`);
  }
}

/** The start of a text for a message: a proxy's page can be long. */
function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 120 ? `${flat.slice(0, 120)}…` : flat);
}
