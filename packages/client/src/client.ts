import { Episode } from './episode.js';
import { EnvfleetError } from './errors.js';
import type {
  BatchOp,
  BatchResult,
  CloseResult,
  EnvironmentDetail,
  EnvironmentList,
  EvaluateRequest,
  Evaluation,
  ForkResult,
  HealthResult,
  ProblemDetails,
  ReadyResult,
  ResetRequest,
  ResetResult,
  RestoreResult,
  SnapshotResult,
  StateResult,
  StepResult,
  TasksImported,
  ToolCall,
  ToolFormat,
  ToolsInFormat,
  TrajectoryResult,
} from './types.js';

export interface ClientOptions {
  /** Where the gateway or an environment server listens, e.g. `http://127.0.0.1:8080`; a path prefix is kept. */
  baseUrl: string | URL;
  /** The server's ENVFLEET_TOKEN, sent as `Authorization: Bearer …`. */
  token?: string;
  /** A fetch to use instead of the global one (tests, proxies, retries). */
  fetch?: typeof globalThis.fetch;
}

/**
 * A typed client of the envfleet v1 HTTP API. Each method is one request and returns the server's
 * answer as it is; a non-2xx answer throws an EnvfleetError. `episode()` wraps an episode so its id
 * need not be passed around.
 */
export class EnvfleetClient {
  readonly baseUrl: string;
  readonly #token: string | undefined;
  readonly #fetch: typeof globalThis.fetch;

  constructor(options: ClientOptions) {
    const base = String(options.baseUrl);
    // "localhost:8080" parses as a URL with the scheme "localhost:", so check the scheme too.
    if (!/^https?:$/.test(URL.canParse(base) ? new URL(base).protocol : '')) {
      throw new TypeError(`EnvfleetClient baseUrl "${base}" is not an http(s) URL: give one like http://127.0.0.1:8080`);
    }
    this.baseUrl = base.replace(/\/+$/, '');
    this.#token = options.token;
    // Some fetch implementations (browsers) throw "Illegal invocation" unless called on globalThis.
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  // Environments

  environments(): Promise<EnvironmentList> {
    return this.#request('GET', '/v1/environments');
  }

  environment(name: string): Promise<EnvironmentDetail> {
    return this.#request('GET', `/v1/environments/${encodeURIComponent(name)}`);
  }

  /** The servers' tools, named `Server-tool`, as MCP lists them or in a trainer's format (`openai`, `verl`). */
  tools(servers: string[], format: ToolFormat = 'mcp', options: { className?: string } = {}): Promise<ToolsInFormat> {
    const query = new URLSearchParams({ format, ...(options.className !== undefined ? { className: options.className } : {}) });
    return this.#request('GET', `/v1/environments/${encodeURIComponent(servers.join(','))}/tools?${query}`);
  }

  // Episodes

  reset(body: ResetRequest): Promise<ResetResult> {
    return this.#request('POST', '/v1/episodes', body);
  }

  /** Resets an episode and returns it as an Episode, whose methods need no id. */
  async episode(body: ResetRequest): Promise<Episode> {
    return new Episode(this, await this.reset(body));
  }

  step(episodeId: string, calls: ToolCall[]): Promise<StepResult> {
    return this.#request('POST', `${episodePath(episodeId)}/step`, { calls });
  }

  /**
   * One turn given as the model wrote it: its `<tool_call>` blocks run as the calls; the malformed
   * ones come back in `malformed` and count as format errors for `evaluate`.
   */
  stepText(episodeId: string, text: string): Promise<StepResult> {
    return this.#request('POST', `${episodePath(episodeId)}/step`, { text });
  }

  state(episodeId: string): Promise<StateResult> {
    return this.#request('GET', `${episodePath(episodeId)}/state`);
  }

  trajectory(episodeId: string): Promise<TrajectoryResult> {
    return this.#request('GET', `${episodePath(episodeId)}/trajectory`);
  }

  snapshot(episodeId: string): Promise<SnapshotResult> {
    return this.#request('POST', `${episodePath(episodeId)}/snapshots`);
  }

  restore(episodeId: string, snapshotId: string): Promise<RestoreResult> {
    return this.#request('POST', `${episodePath(episodeId)}/restore`, { snapshotId });
  }

  /** `count` copies of the episode as it is now (default 1): a GRPO group from one reset. */
  fork(episodeId: string, count?: number): Promise<ForkResult> {
    return this.#request('POST', `${episodePath(episodeId)}/fork`, count === undefined ? {} : { count });
  }

  evaluate(episodeId: string, body: EvaluateRequest): Promise<Evaluation> {
    return this.#request('POST', `${episodePath(episodeId)}/evaluate`, body);
  }

  close(episodeId: string): Promise<CloseResult> {
    return this.#request('DELETE', episodePath(episodeId));
  }

  /** The MCP endpoint of an episode, for one this client did not reset itself (a fork). */
  mcpUrl(episodeId: string): string {
    return `${this.baseUrl}${episodePath(episodeId)}/mcp`;
  }

  // Tasks

  /** Keeps EnvFactory-RL rows as tasks, all or none; reset from one with `{ taskId }`. */
  importTasks(tasks: unknown[]): Promise<TasksImported> {
    return this.#request('POST', '/v1/tasks', { tasks });
  }

  // Many operations in one request

  /** Runs the ops in order; each answers with its own status, and one failing does not stop the rest. */
  batch<const Ops extends readonly BatchOp[]>(ops: Ops): Promise<BatchResult<Ops>> {
    return this.#request('POST', '/v1/batch', { ops });
  }

  // Health

  health(): Promise<HealthResult> {
    return this.#request('GET', '/healthz');
  }

  /** Throws an EnvfleetError with status 503 while the server's episode store does not answer. */
  ready(): Promise<ReadyResult> {
    return this.#request('GET', '/readyz');
  }

  async #request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const request = `${method} ${path}`;
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.#token !== undefined) headers.authorization = `Bearer ${this.#token}`;
    const fetch = this.#fetch;
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    } catch (error) {
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new EnvfleetError(
        request,
        {
          status: 0,
          title: 'No answer',
          detail: `could not reach ${this.baseUrl} (${reason}); check that an envfleet server is listening there`,
        },
        { cause: error, answeredJson: false },
      );
    }
    const text = await response.text();
    if (!response.ok) {
      const { problem, json } = readProblem(response, text);
      throw new EnvfleetError(request, problem, { answeredJson: json });
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new EnvfleetError(
        request,
        {
          status: response.status,
          title: 'Not JSON',
          detail: `expected a JSON answer but got ${JSON.stringify(text.slice(0, 200))}; check that ${this.baseUrl} is an envfleet server`,
        },
        { answeredJson: false },
      );
    }
  }
}

function episodePath(episodeId: string): string {
  return `/v1/episodes/${encodeURIComponent(episodeId)}`;
}

/** The problem+json body of a failed answer, or the best description of one that is not (a proxy's HTML page). */
function readProblem(response: Response, text: string): { problem: ProblemDetails; json: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const json = parsed !== null && typeof parsed === 'object';
  const problem = (json ? parsed : {}) as Partial<ProblemDetails>;
  return {
    json,
    problem: {
      status: response.status,
      title: typeof problem.title === 'string' ? problem.title : response.statusText || 'Error',
      detail: typeof problem.detail === 'string' ? problem.detail : text.slice(0, 500) || 'the server sent no details',
      ...(Array.isArray(problem.issues) ? { issues: problem.issues.map(String) } : {}),
      ...(typeof problem.setting === 'string' ? { setting: problem.setting } : {}),
      ...(typeof problem.limit === 'number' ? { limit: problem.limit } : {}),
    },
  };
}
