import { randomUUID } from 'node:crypto';
import {
  type CallResult,
  type CloseResult,
  type EpisodeCreated,
  type EvaluateRequest,
  evaluateRequest,
  type ForkResult,
  forkRequest,
  importTasksRequest,
  type ResetRequest,
  type RestoreResult,
  resetRequest,
  restoreRequest,
  type SnapshotResult,
  type StateResult,
  type StepRequest,
  type StepResult,
  stepRequest,
  type TasksImported,
  type Tool,
  type TrajectoryResult,
} from '@envfleet/contract';
import { clipText, closestName, type JsonValue, qualifiedToolName, ScenarioError, splitToolName } from '@envfleet/kit';
import type { z } from 'zod';
import { EpisodeAdmission, type Reservation, type StateBudget } from './admission.js';
import { badRequest, EpisodeError, notFound } from './errors.js';
import { type Evaluation, evaluateEpisode } from './evaluate.js';
import { type EpisodeLimits, episodeLimits, tooManySteps } from './limits.js';
import { refuseLargeArguments } from './argument-size.js';
import { DEFAULT_MAX_JSON_DEPTH, refuseDeepArguments } from './json-depth.js';
import { describeIssues } from './issues.js';
import type { EnvironmentRegistry } from './registry.js';
import type { ServerCallOutcome, ServerRuntime } from './runtime.js';
import type { EpisodeStore } from './store.js';
import { type Task, taskFromRow } from './task.js';
import { extractToolCalls, type MalformedToolCall } from './tool-call-text.js';
import type { EpisodeRecord, Snapshot, TrajectoryEntry } from './types.js';

export interface EngineOptions {
  /** The servers episodes may use, each already a runtime. */
  environments: EnvironmentRegistry;
  store: EpisodeStore;
  /** Idle time after which an episode expires (default 15 minutes; 0 disables expiry). */
  defaultTtlSeconds?: number;
  /** Step requests one episode may make (default: unlimited). */
  maxStepsPerEpisode?: number;
  /** What the engine agrees to hold (defaults in limits.ts); each refusal names its setting. */
  limits?: Partial<EpisodeLimits>;
  /** Deepest nesting accepted in a call's arguments, the arguments object being level 1 (default 128). */
  maxJsonDepth?: number;
  /** Called when a tool fails with something other than a ToolError — a bug to log. */
  onUnexpectedToolError?: (info: { server: string; tool: string; error: unknown }) => void;
  /** Called after every reset and every acknowledged step, for metrics. */
  onReset?: (servers: string[]) => void;
  onStep?: (calls: number) => void;
  /** Called after every tool call, for metrics. */
  onCall?: (info: { server: string; tool: string; isError: boolean; seconds: number }) => void;
  /** Called with every episode that is closed or reaped, its `states` already saved (archives). */
  onClose?: (record: EpisodeRecord, trajectory: TrajectoryEntry[], reason: 'closed' | 'expired') => Promise<void> | void;
  /** Milliseconds since epoch; replaceable in tests. */
  now?: () => number;
}

// What the engine answers is the v1 contract's answers (@envfleet/contract), inferred from the
// schemas the OpenAPI document is built from; the HTTP route adds only a reset's `mcpUrl`.
export type { CallResult, StepResult };
export type ToolDescriptor = Tool;
export type ResetResult = EpisodeCreated;

/** What one call of a step answers, under the name the episode knows the tool by. */
type CallRun = { name: string; isError: boolean; content: JsonValue };

/** A reset as the engine opens it: the servers named, by the request or by its task. */
type ResetSpec = Omit<z.output<typeof resetRequest>, 'servers'> & { servers: string[] };

const DEFAULT_TTL_SECONDS = 15 * 60;
/** The most calls one step runs: the contract's bound on `calls`, held for a text step's blocks too. */
const MAX_CALLS_PER_STEP = 1000;
const COMMIT_ATTEMPTS = 24;

/**
 * Before retrying a write that lost a compare-and-set to another replica: nothing the first time,
 * then a random pause that grows (up to 50 ms), so two replicas stepping one episode stop colliding
 * in lockstep instead of one of them losing every race.
 */
function backoff(attempt: number): Promise<void> | undefined {
  if (attempt === 0) return undefined;
  const ceiling = Math.min(50, 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

export class EpisodeEngine {
  readonly environments: EnvironmentRegistry;
  readonly store: EpisodeStore;
  readonly #options: EngineOptions;
  readonly #now: () => number;
  /** Tail of the queue of writes per episode: writes from this process never race each other. */
  readonly #writeQueues = new Map<string, Promise<unknown>>();
  readonly #admission: EpisodeAdmission;
  readonly #describedTools = new WeakMap<ReadonlyMap<string, unknown>, readonly ToolDescriptor[]>();

  constructor(options: EngineOptions) {
    this.environments = options.environments;
    this.store = options.store;
    this.#options = options;
    this.#now = options.now ?? Date.now;
    const limits = episodeLimits(options.limits ?? {}, options.defaultTtlSeconds ?? DEFAULT_TTL_SECONDS);
    this.#admission = new EpisodeAdmission(
      limits,
      options.store,
      (server) => this.runtime(server),
      () => this.reapExpired(),
    );
  }

  async reset(body: ResetRequest | unknown): Promise<ResetResult> {
    const request = await this.#fromTask(parse(resetRequest, body));
    const servers = [...new Set(request.servers)];
    const runtimes = servers.map((name) => this.runtime(name));
    for (const name of Object.keys(request.scenario ?? {})) {
      if (!servers.includes(name))
        throw badRequest(`scenario names "${clipText(name)}", which is not among servers (${servers.join(', ')})`);
    }
    for (const name of Object.keys(request.presets ?? {})) {
      if (!servers.includes(name))
        throw badRequest(`presets names "${clipText(name)}", which is not among servers (${servers.join(', ')})`);
      if (request.scenario?.[name] !== undefined) throw badRequest(`give either a scenario or a preset for ${name}, not both`);
    }
    this.#admission.checkTtl(request.ttlSeconds);
    const reservation = await this.#admission.admitEpisodes(1);
    try {
      this.#admission.admitScenarios(request.scenario, reservation);
      return await this.#open(request, servers, runtimes, reservation);
    } finally {
      reservation.release();
    }
  }

  /** A reset's servers and scenarios: as sent, or the task's (`taskId`), never a mix of both. */
  async #fromTask(request: z.output<typeof resetRequest>): Promise<ResetSpec> {
    const { taskId } = request;
    if (taskId === undefined) {
      if (request.servers === undefined) throw badRequest('name the servers of the episode (servers), or a task to reset from (taskId)');
      return { ...request, servers: request.servers };
    }
    if (request.servers !== undefined || request.scenario !== undefined || request.presets !== undefined) {
      throw badRequest('give a taskId or servers (with scenario or presets), not both: a task names its servers and their scenarios');
    }
    const task = await this.#task(taskId);
    return { ...request, taskId, servers: task.servers, scenario: task.initialConfig };
  }

  async #task(taskId: string): Promise<Task> {
    const task = await this.store.getTask(taskId);
    if (!task) throw notFound(`Unknown task "${clipText(taskId)}": import it first (POST /v1/tasks, or envfleet tasks import FILE.jsonl)`);
    return task;
  }

  /**
   * `POST /v1/tasks`: keeps EnvFactory-RL rows as tasks, all or none — a bad row is refused with
   * its index and field, and nothing is kept.
   */
  async importTasks(body: unknown): Promise<TasksImported> {
    const { tasks: rows } = parse(importTasksRequest, body);
    const known = this.environments.names();
    const tasks: Task[] = [];
    const seen = new Map<string, number>();
    rows.forEach((row, index) => {
      const task = taskFromRow(row, index, known);
      const earlier = seen.get(task.id);
      if (earlier !== undefined)
        throw badRequest(`Invalid task tasks[${index}] — id "${clipText(task.id)}" is also the id of tasks[${earlier}]`);
      seen.set(task.id, index);
      tasks.push(task);
    });
    await this.store.putTasks(tasks);
    return { taskIds: tasks.map((task) => task.id) };
  }

  async #open(request: ResetSpec, servers: string[], runtimes: ServerRuntime[], reservation: Reservation): Promise<ResetResult> {
    const states: Record<string, unknown> = {};
    const initialStates: Record<string, unknown> = {};
    const seed = request.seed ?? 0;
    const ttlSeconds = request.ttlSeconds ?? this.#options.defaultTtlSeconds ?? DEFAULT_TTL_SECONDS;
    let stateBytes = 0;
    try {
      for (const runtime of runtimes) {
        const preset = request.presets?.[runtime.name];
        states[runtime.name] = await runtime.open({
          ...(preset !== undefined ? { preset } : { scenario: request.scenario?.[runtime.name] ?? {} }),
          // The field the client sent it under, so an error names the right one.
          label: preset !== undefined ? `presets.${runtime.name}` : `scenario.${runtime.name}`,
          seed,
          ttlSeconds,
        });
        // Archives need the world the episode started from; a remote's state is only a handle, so
        // its saved form is taken now (for local runtimes this is the state itself, free).
        initialStates[runtime.name] = await runtime.save(states[runtime.name]);
      }
      stateBytes = this.#admission.admitNewStates(states, reservation);
    } catch (error) {
      await this.#closeStates(states);
      if (error instanceof ScenarioError) throw badRequest(error.message, error.issues);
      throw error;
    }
    const now = this.#now();
    const record: EpisodeRecord = {
      id: `ep_${randomUUID().replaceAll('-', '')}`,
      servers,
      ...(request.taskId !== undefined ? { taskId: request.taskId } : {}),
      seed,
      step: 0,
      calls: 0,
      states,
      initialStates,
      version: 1,
      ttlSeconds,
      createdAt: now,
      lastActiveAt: now,
      stateBytes,
    };
    try {
      reservation.handToStore();
      await this.store.create(record, []);
    } catch (error) {
      await this.#closeStates(states);
      throw error;
    }
    this.#options.onReset?.(servers);
    return { episodeId: record.id, servers, tools: this.toolsOf(servers) };
  }

  /** The episode's tools, named `Server-tool`. */
  toolsOf(servers: string[]): ToolDescriptor[] {
    const tools: ToolDescriptor[] = [];
    for (const server of servers) for (const tool of this.#toolsOfServer(server)) tools.push(tool);
    return tools;
  }

  /** A server's tools as episodes name them, built once per tool list (every reset answers them). */
  #toolsOfServer(server: string): readonly ToolDescriptor[] {
    const { tools } = this.runtime(server);
    let described = this.#describedTools.get(tools);
    if (!described) {
      // Frozen: every reset hands out these same objects.
      described = [...tools.values()].map((tool) =>
        Object.freeze({
          name: qualifiedToolName(server, tool.name),
          description: tool.description,
          inputSchema: tool.inputSchema,
          annotations: Object.freeze({ ...tool.annotations }),
        }),
      );
      this.#describedTools.set(tools, described);
    }
    return described;
  }

  async step(episodeId: string, body: StepRequest | unknown): Promise<StepResult> {
    const request = isWellFormedStep(body) ? body : parse(stepRequest, body);
    // A text step runs the calls its <tool_call> blocks spell and counts the malformed ones.
    const { calls, malformed } =
      request.text !== undefined ? extractToolCalls(request.text) : { calls: request.calls ?? [], malformed: undefined };
    if (calls.length > MAX_CALLS_PER_STEP) {
      throw badRequest(`text holds ${calls.length} tool calls; a step runs at most ${MAX_CALLS_PER_STEP}, as calls does`);
    }
    // Size first: it stops at the limit, so the depth walk after it never sees more than that.
    refuseLargeArguments(calls, this.#admission.limits.maxArgumentBytes);
    refuseDeepArguments(calls, this.#options.maxJsonDepth ?? DEFAULT_MAX_JSON_DEPTH);
    return this.#serialized(episodeId, () => this.#step(episodeId, calls, malformed));
  }

  async #step(
    episodeId: string,
    calls: { name: string; arguments?: unknown }[],
    malformed: MalformedToolCall[] | undefined,
  ): Promise<StepResult> {
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      if (attempt > 0) await backoff(attempt);
      const record = await this.#record(episodeId, { forCommit: true });
      const limit = this.#options.maxStepsPerEpisode;
      if (limit !== undefined && record.step >= limit) throw tooManySteps(episodeId, limit);
      const budget = this.#admission.stepBudget(record);
      const step = record.step + 1;
      const states = { ...record.states };
      const entries: TrajectoryEntry[] = [];
      const results: CallResult[] = [];
      let callIndex = record.calls;
      for (const call of calls) {
        const running = this.#runCall(record, states, call.name, call.arguments, callIndex, budget);
        const result = running instanceof Promise ? await running : running;
        callIndex += 1;
        results.push({ name: result.name, isError: result.isError, content: result.content });
        entries.push({ step, name: result.name, arguments: call.arguments ?? {}, isError: result.isError, content: result.content });
      }
      const formatErrors = (record.formatErrors ?? 0) + (malformed?.length ?? 0);
      const next: EpisodeRecord = {
        ...record,
        states,
        step,
        calls: callIndex,
        version: record.version + 1,
        lastActiveAt: this.#now(),
        stateBytes: budget.bytes,
        ...(malformed?.length ? { formatErrors } : {}),
      };
      const outcome = await this.store.commit(next, record.version, entries);
      if (outcome === 'ok') {
        this.#options.onStep?.(calls.length);
        return malformed ? { step, results, malformed, formatErrors } : { step, results };
      }
      if (outcome === 'missing') throw notFound(`Episode ${clipText(episodeId)} not found (it was closed or expired)`);
    }
    throw new EpisodeError('conflict', `Episode ${episodeId} is being written concurrently; retry the step`);
  }

  /**
   * One call of a step. Runtimes in this process answer at once (`callNow`), so a step of local
   * calls awaits nothing but the store; only remote calls return a promise.
   */
  #runCall(
    record: EpisodeRecord,
    states: Record<string, unknown>,
    requested: string,
    args: unknown,
    callIndex: number,
    budget: StateBudget,
  ): CallRun | Promise<CallRun> {
    const resolved = this.#resolveTool(record.servers, requested);
    if ('message' in resolved) return { name: requested, isError: true, content: { message: resolved.message } as JsonValue };
    const runtime = this.runtime(resolved.server);
    const started = performance.now();
    const options = { seed: record.seed, callIndex };
    if (runtime.callNow) {
      const outcome = runtime.callNow(states[resolved.server], resolved.tool, args, options);
      return this.#finishCall(resolved, states, budget, started, outcome);
    }
    return runtime
      .call(states[resolved.server], resolved.tool, args, options)
      .then((outcome) => this.#finishCall(resolved, states, budget, started, outcome));
  }

  /** Admits a call's outcome against the state budget, reports it, and moves the server's state on. */
  #finishCall(
    { server, tool }: { server: string; tool: string },
    states: Record<string, unknown>,
    budget: StateBudget,
    started: number,
    answered: ServerCallOutcome,
  ): CallRun {
    const outcome = this.#admission.admitCall(budget, server, states[server], answered);
    this.#options.onCall?.({ server, tool, isError: outcome.isError, seconds: (performance.now() - started) / 1000 });
    if (outcome.unexpected !== undefined) {
      this.#options.onUnexpectedToolError?.({ server, tool, error: outcome.unexpected });
    }
    states[server] = outcome.state;
    return { name: qualifiedToolName(server, tool), isError: outcome.isError, content: outcome.content };
  }

  /** `Server-tool`, or a bare tool name when the episode has one server. */
  #resolveTool(servers: string[], requested: string): { server: string; tool: string } | { message: string } {
    const split = splitToolName(requested);
    if (split) {
      const { server, tool } = split;
      if (servers.includes(server) && this.runtime(server).tools.has(tool)) return { server, tool };
    } else if (servers.length === 1) {
      const server = servers[0] as string;
      if (this.runtime(server).tools.has(requested)) return { server, tool: requested };
    }
    const known = this.toolsOf(servers).map((tool) => tool.name);
    const bare = servers.length === 1 ? [...this.runtime(servers[0] as string).tools.keys()] : [];
    const hint = closestName(requested, [...known, ...bare]);
    return {
      message: `Unknown tool "${clipText(requested)}"${hint ? ` — did you mean "${hint}"?` : '.'} This episode's tools are named Server-tool (${servers.join(', ')}).`,
    };
  }

  /** The episode's servers and counters, without its state. */
  async info(episodeId: string): Promise<{ servers: string[]; step: number; calls: number; seed: number }> {
    const record = await this.#record(episodeId);
    return { servers: record.servers, step: record.step, calls: record.calls, seed: record.seed };
  }

  async state(episodeId: string): Promise<StateResult> {
    const record = await this.#record(episodeId);
    return { state: await this.#saved(record), step: record.step };
  }

  async trajectory(episodeId: string): Promise<TrajectoryResult> {
    const calls = await this.store.trajectory(episodeId);
    if (!calls) throw this.#missing(episodeId);
    return { calls };
  }

  /**
   * What a benchmark's own scoring needs of an episode, all of one point in its history: the
   * servers, the world each started from and holds now (saved), and every call made.
   */
  async rollout(episodeId: string): Promise<{
    servers: string[];
    seed: number;
    steps: number;
    initialStates: Record<string, unknown>;
    states: Record<string, unknown>;
    calls: TrajectoryEntry[];
  }> {
    const { record, calls } = await this.#history(episodeId);
    return {
      servers: record.servers,
      seed: record.seed,
      steps: record.step,
      initialStates: record.initialStates,
      states: await this.#saved(record),
      calls,
    };
  }

  async snapshot(episodeId: string): Promise<SnapshotResult> {
    return this.#serialized(episodeId, () => this.#snapshot(episodeId));
  }

  // Snapshot, restore and fork each write against the version they read, like a step: what they
  // keep (states, counters, the trajectory the store holds) is then all of one point in history.
  async #snapshot(episodeId: string): Promise<SnapshotResult> {
    await this.#admission.admitSnapshot(episodeId);
    const snapshotId = `snap_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      if (attempt > 0) await backoff(attempt);
      const record = await this.#record(episodeId, { forCommit: true });
      const snapshot: Snapshot = {
        id: snapshotId,
        episodeId,
        step: record.step,
        calls: record.calls,
        states: await this.#eachServer(record.states, (runtime, state) => runtime.snapshot(state)),
        trajectoryLength: record.calls,
        ...(record.formatErrors ? { formatErrors: record.formatErrors } : {}),
        createdAt: this.#now(),
      };
      const outcome = await this.store.putSnapshot(snapshot, record.version);
      if (outcome === 'ok') return { snapshotId, step: snapshot.step };
      if (outcome === 'missing') throw this.#missing(episodeId);
    }
    throw new EpisodeError('conflict', `Episode ${episodeId} is being written concurrently; retry the snapshot`);
  }

  async restore(episodeId: string, body: unknown): Promise<RestoreResult> {
    const { snapshotId } = parse(restoreRequest, body);
    return this.#serialized(episodeId, () => this.#restore(episodeId, snapshotId));
  }

  async #restore(episodeId: string, snapshotId: string): Promise<RestoreResult> {
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      if (attempt > 0) await backoff(attempt);
      const record = await this.#record(episodeId, { forCommit: true });
      const snapshot = await this.store.getSnapshot(episodeId, snapshotId);
      if (!snapshot) throw notFound(`Snapshot ${clipText(snapshotId)} not found in episode ${clipText(episodeId)}`);
      const states = await this.#eachServer(record.states, (runtime, state) => runtime.restore(state, snapshot.states[runtime.name]));
      const next: EpisodeRecord = {
        ...record,
        states,
        step: snapshot.step,
        calls: snapshot.calls,
        ...(snapshot.formatErrors !== undefined || record.formatErrors !== undefined ? { formatErrors: snapshot.formatErrors ?? 0 } : {}),
        version: record.version + 1,
        lastActiveAt: this.#now(),
        stateBytes: this.#admission.sizeAfterRestore(record, states),
      };
      const outcome = await this.store.commit(next, record.version, [], snapshotId);
      if (outcome === 'ok') return { step: snapshot.step };
      if (outcome === 'missing') throw this.#missing(episodeId);
    }
    throw new EpisodeError('conflict', `Episode ${episodeId} is being written concurrently; retry the restore`);
  }

  async fork(episodeId: string, body: unknown = {}): Promise<ForkResult> {
    const { count = 1 } = parse(forkRequest, body ?? {});
    const reservation = await this.#admission.admitEpisodes(count);
    try {
      return await this.#serialized(episodeId, () => this.#fork(episodeId, count));
    } finally {
      reservation.release();
    }
  }

  async #fork(episodeId: string, count: number): Promise<ForkResult> {
    const episodeIds = Array.from({ length: count }, () => `ep_${randomUUID().replaceAll('-', '')}`);
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      if (attempt > 0) await backoff(attempt);
      const record = await this.#record(episodeId, { forCommit: true });
      this.#admission.admitCopies(record, count);
      const now = this.#now();
      const copies: EpisodeRecord[] = [];
      try {
        for (const id of episodeIds) {
          const states = await this.#eachServer(record.states, (runtime, state) => runtime.fork(state));
          copies.push({ ...record, id, states, version: 1, createdAt: now, lastActiveAt: now });
        }
      } catch (error) {
        for (const copy of copies) await this.#closeStates(copy.states);
        throw error;
      }
      const outcome = await this.store.fork(record, copies).catch(async (error: unknown) => {
        for (const copy of copies) await this.#closeStates(copy.states);
        throw error;
      });
      if (outcome === 'ok') return { episodeIds };
      // Copies of a version that lost the race: what they hold elsewhere (remote episodes) goes.
      for (const copy of copies) await this.#closeStates(copy.states);
      if (outcome === 'missing') throw this.#missing(episodeId);
    }
    throw new EpisodeError('conflict', `Episode ${episodeId} is being written concurrently; retry the fork`);
  }

  async evaluate(episodeId: string, body: EvaluateRequest | unknown): Promise<Evaluation> {
    const request = parse(evaluateRequest, body);
    const { record, calls } = await this.#history(episodeId);
    let { groundTruth, finalConfig } = request;
    if ((groundTruth === undefined || finalConfig === undefined) && record.taskId !== undefined) {
      const task = await this.store.getTask(record.taskId);
      if (!task) {
        throw notFound(
          `Task "${clipText(record.taskId)}", which this episode was reset from, is no longer kept: send groundTruth and finalConfig`,
        );
      }
      groundTruth ??= task.groundTruth;
      finalConfig ??= task.finalConfig;
    }
    if (groundTruth === undefined) {
      throw badRequest(
        'groundTruth is required (the ground-truth calls to score the trajectory against), unless the episode was reset from a task',
      );
    }
    if (finalConfig === undefined) {
      throw badRequest(
        "finalConfig is required (the ground truth's final state per server; {} scores state 0, as EnvFactory does without one), unless the episode was reset from a task",
      );
    }
    for (const server of Object.keys(finalConfig)) {
      if (!record.servers.includes(server)) {
        throw badRequest(`finalConfig names "${clipText(server)}", which is not in this episode (${record.servers.join(', ')})`);
      }
    }
    const fullName = (name: string) => (name.includes('-') || record.servers.length !== 1 ? name : `${record.servers[0]}-${name}`);
    const formatErrors = request.formatErrors ?? record.formatErrors ?? 0;
    return evaluateEpisode({ ...request, groundTruth, finalConfig, formatErrors }, calls, await this.#saved(record), fullName, (name) =>
      this.#serverOfCall(record.servers, name),
    );
  }

  /** The server a recorded call reached: its name is `Server-tool` when it named a tool of the episode. */
  #serverOfCall(servers: string[], name: string): string | undefined {
    const split = splitToolName(name);
    if (!split || !servers.includes(split.server)) return undefined;
    return this.runtime(split.server).tools.has(split.tool) ? split.server : undefined;
  }

  /**
   * The record and the trajectory of one version. They are two reads, so the record is read again
   * after the trajectory: every write that changes the trajectory bumps the version, so an
   * unchanged version means both reads saw the same point in history.
   */
  async #history(episodeId: string): Promise<{ record: EpisodeRecord; calls: TrajectoryEntry[] }> {
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      if (attempt > 0) await backoff(attempt);
      const record = await this.#record(episodeId);
      const calls = await this.store.trajectory(episodeId);
      const after = calls && (await this.store.get(episodeId));
      if (!calls || !after) throw this.#missing(episodeId);
      if (after.version === record.version) return { record, calls };
    }
    throw new EpisodeError('conflict', `Episode ${episodeId} is being written concurrently; retry the evaluation`);
  }

  /**
   * Closes the episode and answers its final state. Closing it again answers the same for a while
   * (the store keeps the answer, recently-closed.ts): training loops close twice. Closes from this
   * process queue behind its other writes to the episode, so a second close never sees it half-closed.
   */
  async close(episodeId: string): Promise<CloseResult> {
    return this.#serialized(episodeId, () => this.#close(episodeId));
  }

  async #close(episodeId: string): Promise<CloseResult> {
    const removed = await this.store.delete(episodeId);
    if (!removed) {
      const answered = await this.store.closedAnswer(episodeId);
      if (answered) return answered;
      throw this.#missing(episodeId);
    }
    const state = await this.#saved(removed.record);
    await this.#options.onClose?.({ ...removed.record, states: state }, removed.trajectory, 'closed');
    await this.#closeStates(removed.record.states);
    const answer = { state, steps: removed.record.step };
    await this.store.rememberClose(episodeId, answer);
    return answer;
  }

  /** Closes every episode idle past its TTL; returns their ids. */
  async reapExpired(): Promise<string[]> {
    const ids = await this.store.expired(this.#now());
    const reaped: string[] = [];
    for (const id of ids) {
      const removed = await this.store.delete(id);
      if (!removed) continue;
      reaped.push(id);
      await this.#archiveExpired(removed.record, removed.trajectory);
    }
    return reaped;
  }

  /** Runs the reaper every `intervalMs`; returns a function that stops it. */
  startReaper(intervalMs: number, onError: (error: unknown) => void = () => {}): () => void {
    const timer = setInterval(() => {
      this.reapExpired().catch(onError);
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * Runs writes to one episode one after another. Other processes can still interleave (Redis);
   * the store's compare-and-set catches those and the write is retried.
   */
  async #serialized<T>(episodeId: string, write: () => Promise<T>): Promise<T> {
    const previous = this.#writeQueues.get(episodeId);
    // Nothing queued (the usual case: one worker per episode): the write starts now, not a tick later.
    const run = previous ? previous.then(write, write) : write();
    const tail = run.catch(() => undefined);
    this.#writeQueues.set(episodeId, tail);
    try {
      return await run;
    } finally {
      if (this.#writeQueues.get(episodeId) === tail) this.#writeQueues.delete(episodeId);
    }
  }

  /** Applies `each` to every server's state, in the episode's server order. */
  async #eachServer(states: Record<string, unknown>, each: (runtime: ServerRuntime, state: unknown) => Promise<unknown>) {
    const out: Record<string, unknown> = {};
    for (const [server, state] of Object.entries(states)) out[server] = await each(this.runtime(server), state);
    return out;
  }

  /** Hands an expired episode, with its saved states, to onClose, then releases what it held. */
  async #archiveExpired(record: EpisodeRecord, trajectory: TrajectoryEntry[]): Promise<void> {
    if (this.#options.onClose) {
      // A remote part may be gone already; archive what can still be read.
      const states = await this.#saved(record).catch(() => record.states);
      await this.#options.onClose({ ...record, states }, trajectory, 'expired');
    }
    await this.#closeStates(record.states);
  }

  /** Releases what the states hold (remote episodes); never throws, the episode is gone anyway. */
  async #closeStates(states: Record<string, unknown>): Promise<void> {
    for (const [server, state] of Object.entries(states)) {
      await this.environments
        .get(server)
        ?.close(state)
        .catch(() => undefined);
    }
  }

  /** The runtime serving `name`, as the registry holds it. */
  runtime(name: string): ServerRuntime {
    const runtime = this.environments.get(name);
    if (!runtime) {
      const hint = closestName(name, this.environments.names());
      throw notFound(
        `Unknown server "${clipText(name)}"${hint ? ` — did you mean "${hint}"?` : '.'} Servers here: ${this.environments.names().join(', ')}`,
      );
    }
    return runtime;
  }

  async #record(episodeId: string, options?: { forCommit?: boolean }): Promise<EpisodeRecord> {
    const record = await this.store.get(episodeId, options);
    if (!record) throw this.#missing(episodeId);
    // Past its idle TTL an episode is gone, whether or not the reaper has come by yet.
    if (record.ttlSeconds > 0 && this.#now() - record.lastActiveAt >= record.ttlSeconds * 1000) {
      const removed = await this.store.delete(episodeId);
      if (removed) await this.#archiveExpired(removed.record, removed.trajectory);
      throw this.#missing(episodeId);
    }
    return record;
  }

  #missing(episodeId: string): EpisodeError {
    return notFound(`Episode ${clipText(episodeId)} not found (never created, closed, or expired after its idle TTL)`);
  }

  async #saved(record: EpisodeRecord): Promise<Record<string, unknown>> {
    const saved: Record<string, unknown> = {};
    for (const server of record.servers) saved[server] = await this.runtime(server).save(record.states[server]);
    return saved;
  }
}

/**
 * The shape every valid step body has, checked without zod: steps are the hot path, and zod only
 * needs to run to explain a body that is wrong.
 */
function isWellFormedStep(body: unknown): body is { calls: { name: string; arguments?: unknown }[]; text?: undefined } {
  if (body === null || typeof body !== 'object' || 'text' in body) return false;
  const calls = (body as { calls?: unknown }).calls;
  if (!Array.isArray(calls) || calls.length === 0 || calls.length > 1000) return false;
  for (const call of calls) {
    if (call === null || typeof call !== 'object' || typeof call.name !== 'string' || call.name.length === 0) return false;
  }
  return true;
}

function parse<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } },
  body: unknown,
): T {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issues = describeIssues(parsed.error);
  throw badRequest(`Invalid request body — ${issues.join('; ')}`, issues);
}
