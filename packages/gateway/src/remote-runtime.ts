import {
  EpisodeError,
  type EpisodeErrorKind,
  LimitError,
  type ServerDescription,
  type ServerRuntime,
  type ToolInfo,
} from '@envfleet/episodes';
import type { JsonValue } from '@envfleet/kit';

const REMOTE_TTL_CEILING = 7 * 24 * 3600;

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

/**
 * An environment served by another envfleet process (a standalone env server). Each gateway episode
 * that uses it owns an episode there, reached through the same v1 API; the gateway's record keeps
 * only the remote episode id. A remote that does not answer is marked unhealthy, and calls to it fail
 * at once with 503 until a health check sees it answer again.
 */
export class RemoteRuntime implements ServerRuntime {
  #description: ServerDescription | undefined;
  #tools: ReadonlyMap<string, ToolInfo> = new Map();
  #healthy = false;
  readonly #timeoutMs: number;

  constructor(
    readonly name: string,
    readonly url: string,
    readonly options: RemoteOptions = {},
  ) {
    this.url = url.replace(/\/+$/, '');
    this.#timeoutMs = options.timeoutMs ?? 10_000;
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
      const { defaultScenario: _ignored, ...description } = await this.#request<ServerDescription & { defaultScenario: unknown }>(
        'GET',
        `/v1/environments/${this.name}`,
        undefined,
        { skipHealthGate: true },
      );
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
      await this.#request('GET', '/healthz', undefined, { skipHealthGate: true, timeoutMs: 2_000 });
      if (!this.#description) return this.refresh();
      this.#healthy = true;
      return true;
    } catch {
      this.#healthy = false;
      return false;
    }
  }

  async defaultScenario(): Promise<unknown> {
    return (await this.#request<{ defaultScenario: unknown }>('GET', `/v1/environments/${this.name}`)).defaultScenario;
  }

  async open(init: { scenario?: unknown; preset?: string; seed: number; ttlSeconds: number }): Promise<RemoteHandle> {
    const body = {
      servers: [this.name],
      seed: init.seed,
      // The remote part idles while the agent works in other servers of the episode; the gateway
      // closes it with the episode, so its own TTL is only a backstop against a lost gateway.
      ...(init.ttlSeconds > 0 ? { ttlSeconds: Math.min(REMOTE_TTL_CEILING, init.ttlSeconds * 4) } : {}),
      ...(init.preset !== undefined ? { presets: { [this.name]: init.preset } } : { scenario: { [this.name]: init.scenario ?? {} } }),
    };
    const { episodeId } = await this.#request<{ episodeId: string }>('POST', '/v1/episodes', body);
    return { episodeId };
  }

  async call(state: unknown, tool: string, args: unknown) {
    const handle = state as RemoteHandle;
    const { results } = await this.#request<{ results: { isError: boolean; content: JsonValue }[] }>(
      'POST',
      `/v1/episodes/${handle.episodeId}/step`,
      { calls: [{ name: `${this.name}-${tool}`, arguments: args ?? {} }] },
    );
    const result = results[0];
    if (!result) throw new EpisodeError('unavailable', `Remote environment ${this.name} answered a step without a result`);
    return { isError: result.isError, content: result.content, state };
  }

  async save(state: unknown): Promise<unknown> {
    const { state: saved } = await this.#request<{ state: Record<string, unknown> }>(
      'GET',
      `/v1/episodes/${(state as RemoteHandle).episodeId}/state`,
    );
    return saved[this.name];
  }

  async snapshot(state: unknown): Promise<RemoteSnapshot> {
    const handle = state as RemoteHandle;
    const { snapshotId } = await this.#request<{ snapshotId: string }>('POST', `/v1/episodes/${handle.episodeId}/snapshots`, {});
    return { episodeId: handle.episodeId, snapshotId };
  }

  async restore(_current: unknown, snapshot: unknown): Promise<RemoteHandle> {
    const { episodeId, snapshotId } = snapshot as RemoteSnapshot;
    await this.#request('POST', `/v1/episodes/${episodeId}/restore`, { snapshotId });
    return { episodeId };
  }

  async fork(state: unknown): Promise<RemoteHandle> {
    const { episodeIds } = await this.#request<{ episodeIds: string[] }>('POST', `/v1/episodes/${(state as RemoteHandle).episodeId}/fork`, {
      count: 1,
    });
    return { episodeId: episodeIds[0] as string };
  }

  async close(state: unknown): Promise<void> {
    await this.#request('DELETE', `/v1/episodes/${(state as RemoteHandle).episodeId}`).catch((error: unknown) => {
      if (!(error instanceof EpisodeError && error.status === 404)) throw error;
    });
  }

  readArguments(_tool: string, args: unknown): unknown {
    return args;
  }

  async #request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options: { skipHealthGate?: boolean; timeoutMs?: number } = {},
  ): Promise<T> {
    if (!options.skipHealthGate && !this.#healthy) {
      throw new EpisodeError(
        'unavailable',
        `Remote environment ${this.name} at ${this.url} is unhealthy (it stopped answering); retry once it is back`,
      );
    }
    let response: Response;
    try {
      response = await fetch(`${this.url}${path}`, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(options.timeoutMs ?? this.#timeoutMs),
      });
    } catch (error) {
      this.#healthy = false;
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new EpisodeError('unavailable', `Remote environment ${this.name} at ${this.url} does not answer (${cause})`);
    }
    const text = await response.text();
    const payload = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (response.ok) return payload as T;
    const detail = typeof payload.detail === 'string' ? payload.detail : `HTTP ${response.status}`;
    const issues = Array.isArray(payload.issues) ? (payload.issues as string[]) : [];
    if (response.status === 400) throw new EpisodeError('bad_request', detail, issues);
    if (response.status === 404) throw new EpisodeError('not_found', `${this.name} (remote): ${detail}`);
    if (response.status === 409) throw new EpisodeError('conflict', `${this.name} (remote): ${detail}`);
    const refusal = REFUSALS[response.status];
    if (refusal) {
      // The remote's own limits: passed on as they are, so the client learns which setting to raise, and where.
      const message = `${this.name} (remote at ${this.url}): ${detail}`;
      if (typeof payload.setting === 'string' && typeof payload.limit === 'number') {
        throw new LimitError(refusal, message, payload.setting, payload.limit);
      }
      throw new EpisodeError(refusal, message);
    }
    throw new EpisodeError('unavailable', `Remote environment ${this.name} at ${this.url} failed: ${detail}`);
  }
}
