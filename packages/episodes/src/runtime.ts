import type { EnvironmentDescription, Tool } from '@envfleet/contract';
import type { CallOptions, JsonValue } from '@envfleet/kit';

/**
 * What clients learn about one tool of a server: the contract's `tool` schema, so what a runtime
 * describes and what the v1 API answers cannot drift apart.
 */
export type ToolInfo = Tool;

/** What `GET /v1/environments` says about a server (the contract's `environmentDescription`). */
export type ServerDescription = EnvironmentDescription;

export interface ServerCallOutcome {
  isError: boolean;
  content: JsonValue;
  /** The server's state after the call (the same value when nothing changed). */
  state: unknown;
  unexpected?: unknown;
}

/**
 * Where one server of an episode runs. A local runtime holds the state itself (an immutable
 * value, so snapshot and fork are free); a remote one holds a handle to an episode on another
 * envfleet server, whose v1 API is the same contract.
 */
export interface ServerRuntime {
  readonly name: string;
  readonly tools: ReadonlyMap<string, ToolInfo>;
  describe(): ServerDescription;
  defaultScenario(): Promise<unknown>;
  /**
   * Loads a scenario or a preset; a bad one throws ScenarioError (or an EpisodeError for remotes).
   * `ttlSeconds` is the episode's idle TTL, for runtimes that hold resources elsewhere.
   */
  open(init: { scenario?: unknown; preset?: string; label: string; seed: number; ttlSeconds: number }): Promise<unknown>;
  call(state: unknown, tool: string, args: unknown, options: CallOptions): Promise<ServerCallOutcome>;
  /**
   * The same call answered at once, for runtimes whose state is in this process: a step then pays
   * no promise per call. Runtimes that must wait for something (remotes) leave it out.
   */
  callNow?(state: unknown, tool: string, args: unknown, options: CallOptions): ServerCallOutcome;
  save(state: unknown): Promise<unknown>;
  snapshot(state: unknown): Promise<unknown>;
  restore(current: unknown, snapshot: unknown): Promise<unknown>;
  fork(state: unknown): Promise<unknown>;
  close(state: unknown): Promise<void>;
  /** Arguments as the tool reads them (defaults, lax types), for comparing calls; identity if unknown. */
  readArguments(tool: string, args: unknown): unknown;
}
