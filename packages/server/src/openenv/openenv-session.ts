import { type EpisodeEngine, evaluateRequest } from '@envfleet/episodes';
import type { JsonValue } from '@envfleet/kit';
import { fastmcpContent } from '../envfactory/fastmcp-content.js';
import { issuesOf, type McpAction, mcpAction, resetData, type ToolErrorType } from './messages.js';
import { OpenEnvError } from './openenv-error.js';

/** `serialize_observation`'s shape: what `EnvClient._parse_result` reads from every reset and step. */
export interface StepPayload {
  observation: Record<string, unknown>;
  reward: number | null;
  done: boolean;
}

/** OpenEnv's `Tool`: name, description, and the schema under `input_schema`. */
export interface OpenEnvTool {
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
}

/** What evaluate is asked to score each step against: a task's own ground truth, or the reset's. */
type Scoring = { fromTask: true } | { fromTask: false; groundTruth: unknown[]; finalConfig: Record<string, unknown> };

/**
 * One OpenEnv session (a WebSocket connection, or an HTTP client's episode): what an OpenEnv
 * environment instance is to its server. Each reset opens an episode of the engine and closes the
 * one before it (a refused reset leaves the session as it was); steps carry MCP actions
 * (`list_tools`, `call_tool`); when the episode has ground truth (a task, or the reset's
 * `ground_truth`), every call is scored by `evaluate`: the reward is its reward, and `done` turns
 * true once every ground-truth call has been made (trace 1).
 *
 * Work of one session runs one piece at a time, in the order it arrived, so a call never lands on
 * an episode that a reset in flight is about to replace.
 */
export class OpenEnvSession {
  #episodeId: string | undefined;
  #servers: string[];
  #scoring: Scoring | undefined;
  #reward: number | null = null;
  #done = false;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  /** When the session was last used (ms since the epoch): HTTP sessions idle too long are closed. */
  lastUsed = Date.now();

  constructor(
    readonly engine: EpisodeEngine,
    /** The servers the path names: a reset's episode holds them (or, from a task, some of them). */
    readonly pathServers: readonly string[],
  ) {
    this.#servers = [...pathServers];
  }

  get episodeId(): string | undefined {
    return this.#episodeId;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Runs `work` after everything this session was given before it. */
  inOrder<T>(work: () => Promise<T>): Promise<T> {
    this.lastUsed = Date.now();
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Tools of the episode's servers (the path's before any reset): bare names when it holds one server. */
  tools(): OpenEnvTool[] {
    return openenvTools(this.engine, this.#servers);
  }

  async reset(data: unknown): Promise<StepPayload> {
    this.#refuseIfClosed();
    const parsed = resetData.safeParse(data ?? {});
    if (!parsed.success) throw new OpenEnvError('VALIDATION_ERROR', 'Invalid reset data', issuesOf(parsed.error));
    const request = parsed.data;
    const scoring = this.#scoringOf(request);
    const body = await this.#resetBody(request);
    const { episodeId } = await this.engine.reset(body);
    const { servers } = await this.engine.info(episodeId);
    const previous = this.#episodeId;
    this.#episodeId = episodeId;
    this.#servers = servers;
    this.#scoring = scoring;
    this.#reward = null;
    this.#done = false;
    if (previous !== undefined) await this.engine.close(previous).catch(() => undefined);
    const metadata = { episode_id: episodeId, servers, ...(request.task_id !== undefined ? { task_id: request.task_id } : {}) };
    return { observation: { metadata }, reward: null, done: false };
  }

  async step(data: unknown): Promise<StepPayload> {
    this.#refuseIfClosed();
    const parsed = mcpAction.safeParse(data);
    if (!parsed.success) {
      throw new OpenEnvError(
        'VALIDATION_ERROR',
        'Invalid action: this environment takes MCP actions, {"type": "list_tools"} or {"type": "call_tool", "tool_name", "arguments"}',
        issuesOf(parsed.error),
      );
    }
    const action = parsed.data;
    // Listing needs no episode (OpenEnv: "Tool discovery does NOT require reset() first").
    if (action.type === 'list_tools') return { observation: { tools: this.tools() }, reward: this.#reward, done: this.#done };
    return this.#callTool(action);
  }

  /** `State`: the episode's id and step count, with the servers and their worlds as extra fields. */
  async state(): Promise<Record<string, unknown>> {
    this.#refuseIfClosed();
    const episodeId = this.#episodeId;
    if (episodeId === undefined) return { episode_id: null, step_count: 0, servers: this.#servers };
    const { state, step } = await this.engine.state(episodeId);
    return { episode_id: episodeId, step_count: step, servers: this.#servers, reward: this.#reward, done: this.#done, state };
  }

  /** Closes the session's episode; later work is refused. Safe to call more than once. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#queue.catch(() => undefined);
    await this.#closeEpisode();
  }

  /** `close` for work already running in `inOrder` (a close message), which must not wait for itself. */
  async closeFromQueue(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#closeEpisode();
  }

  async #closeEpisode(): Promise<void> {
    const episodeId = this.#episodeId;
    if (episodeId !== undefined) await this.engine.close(episodeId).catch(() => undefined);
  }

  /** Runs one tool call as one step of the episode, and reads it back as a `CallToolObservation`. */
  async callTool(
    name: string,
    args: Record<string, unknown>,
  ): Promise<{ isError: boolean; content: JsonValue; errorType?: ToolErrorType }> {
    const episodeId = this.#episodeId;
    if (episodeId === undefined) {
      throw new OpenEnvError('EXECUTION_ERROR', `Reset first: call_tool ${name} needs an episode, and this session has none yet`);
    }
    // A one-server episode answers to bare and `Server-tool` names alike.
    const known = new Set([...this.tools().map((tool) => tool.name), ...this.engine.toolsOf(this.#servers).map((tool) => tool.name)]);
    const { results } = await this.engine.step(episodeId, { calls: [{ name, arguments: args }] });
    const result = results[0];
    if (!result) throw new Error('the step returned no result');
    if (!result.isError) return { isError: false, content: result.content };
    // Unknown tools still go through the engine, so the trajectory (and the reward's length penalty) sees them.
    const errorType = known.has(name) ? argumentOrExecution(messageOf(result.content)) : 'tool_not_found';
    return { isError: true, content: result.content, errorType };
  }

  async #callTool(action: Extract<McpAction, { type: 'call_tool' }>): Promise<StepPayload> {
    const called = await this.callTool(action.tool_name, action.arguments ?? {});
    await this.#score();
    const observation = called.isError
      ? {
          tool_name: action.tool_name,
          result: null,
          error: { error_type: called.errorType ?? 'execution_error', message: messageOf(called.content) },
        }
      : { tool_name: action.tool_name, result: callToolResult(called.content), error: null };
    return { observation, reward: this.#reward, done: this.#done };
  }

  /** Scores the episode as it stands, when it has ground truth to be scored against. */
  async #score(): Promise<void> {
    const episodeId = this.#episodeId;
    if (!this.#scoring || episodeId === undefined) return;
    const body = this.#scoring.fromTask ? {} : { groundTruth: this.#scoring.groundTruth, finalConfig: this.#scoring.finalConfig };
    const evaluation = await this.engine.evaluate(episodeId, body);
    this.#reward = evaluation.reward;
    this.#done = evaluation.trace === 1;
  }

  /** The engine's reset: the path's servers with a scenario or presets, or a task whose servers the path holds. */
  async #resetBody(request: ReturnType<typeof resetData.parse>): Promise<Record<string, unknown>> {
    const seed = request.seed !== undefined ? { seed: request.seed } : {};
    if (request.task_id !== undefined) {
      if (request.scenario !== undefined || request.presets !== undefined || request.preset !== undefined) {
        throw new OpenEnvError('VALIDATION_ERROR', 'give a task_id or a scenario or presets, not both: a task names its own world');
      }
      const task = await this.engine.store.getTask(request.task_id);
      const outside = task?.servers.filter((server) => !this.pathServers.includes(server)) ?? [];
      if (outside.length > 0) {
        throw new OpenEnvError(
          'VALIDATION_ERROR',
          `task ${request.task_id} needs ${outside.join(', ')}, which this path does not serve (${this.pathServers.join(', ')}): use /openenv/${task?.servers.join(',')}/`,
        );
      }
      return { taskId: request.task_id, ...seed };
    }
    if (request.preset !== undefined && request.presets !== undefined) {
      throw new OpenEnvError('VALIDATION_ERROR', 'give preset (one for every server) or presets (per server), not both');
    }
    const presets =
      request.preset !== undefined ? Object.fromEntries(this.pathServers.map((server) => [server, request.preset])) : request.presets;
    return {
      servers: [...this.pathServers],
      ...(request.scenario !== undefined ? { scenario: request.scenario } : {}),
      ...(presets !== undefined ? { presets } : {}),
      ...seed,
    };
  }

  /** What to score against, checked before the reset so a bad ground truth changes nothing. */
  #scoringOf(request: ReturnType<typeof resetData.parse>): Scoring | undefined {
    const { ground_truth: groundTruth, final_config: finalConfig } = request;
    if (request.task_id !== undefined) {
      if (groundTruth !== undefined || finalConfig !== undefined) {
        throw new OpenEnvError('VALIDATION_ERROR', 'a task brings its own ground truth: leave ground_truth and final_config out');
      }
      return { fromTask: true };
    }
    if (groundTruth === undefined && finalConfig === undefined) return undefined;
    if (groundTruth === undefined || finalConfig === undefined) {
      throw new OpenEnvError('VALIDATION_ERROR', 'give ground_truth and final_config together (final_config {} scores the state 0)');
    }
    const checked = evaluateRequest.safeParse({ groundTruth, finalConfig });
    if (!checked.success) throw new OpenEnvError('VALIDATION_ERROR', 'Invalid ground truth', issuesOf(checked.error));
    const outside = Object.keys(finalConfig).filter((server) => !this.pathServers.includes(server));
    if (outside.length > 0) {
      throw new OpenEnvError('VALIDATION_ERROR', `final_config names ${outside.join(', ')}, which this path does not serve`);
    }
    return { fromTask: false, groundTruth, finalConfig };
  }

  #refuseIfClosed(): void {
    if (this.#closed) throw new OpenEnvError('SESSION_ERROR', 'This OpenEnv session is closed; open a new one');
  }
}

/** OpenEnv `Tool`s of a set of servers: bare names when there is one server (a one-server episode takes them), else `Server-tool`. */
export function openenvTools(engine: EpisodeEngine, servers: readonly string[]): OpenEnvTool[] {
  const bare = servers.length === 1;
  return engine.toolsOf([...servers]).map((tool) => ({
    name: bare ? tool.name.slice(tool.name.indexOf('-') + 1) : tool.name,
    description: tool.description ?? '',
    input_schema: tool.inputSchema as Record<string, unknown>,
  }));
}

/** fastmcp's `CallToolResult`, as OpenEnv's MCP environments return it: the client reads `data`. */
function callToolResult(content: JsonValue) {
  const structured = content !== null && typeof content === 'object' && !Array.isArray(content) ? content : { result: content };
  return { content: fastmcpContent(content), structured_content: structured, meta: null, data: content, is_error: false };
}

/**
 * OpenEnv's own rule for a failed call (`MCPEnvironment._async_handle_call_tool`): a message that
 * speaks of something invalid or of an argument is `invalid_args`, any other `execution_error`.
 */
function argumentOrExecution(message: string): ToolErrorType {
  const lower = message.toLowerCase();
  return lower.includes('invalid') || lower.includes('argument') ? 'invalid_args' : 'execution_error';
}

function messageOf(content: JsonValue): string {
  const message = (content as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : JSON.stringify(content);
}
