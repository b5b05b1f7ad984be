import { EnvironmentRegistry, EpisodeEngine, MemoryEpisodeStore } from '@envfleet/episodes';
import { type Environment, seededGenerator } from '@envfleet/kit';
import { type Coverage, CoverageTally, edgeKey } from './coverage.js';
import { type FilledArguments, fillArguments, type Random } from './fill.js';
import { buildToolGraph, type GraphEdge, type GraphNode, type ToolGraph } from './graph.js';
import { isStateSource, ValuePool } from './pool.js';
import { type SampledCall, type SampledTask, sampledTask, taskKey } from './task.js';
import { replayTask } from './verify.js';
import { startingStates } from './worlds.js';

export interface SampleOptions {
  /** The servers of every task, in the order the tasks name them. */
  environments: readonly Environment[];
  /** Tasks wanted. */
  count: number;
  seed: number;
  /** Calls per task at most (at least 1); chains are 2 to this many calls long. */
  maxSteps: number;
  /** The world the tasks start from, where a server has it (default `demo`; else its default world). */
  preset?: string;
  /** Chains tried before giving up on reaching `count` (default 4 × count + 8). */
  maxAttempts?: number;
}

/** Something the sampler saw go wrong in an environment, not in the sampler's own choices. */
export interface Finding {
  kind: 'crash' | 'replay';
  server: string;
  tool: string;
  message: string;
  arguments: unknown;
}

/** A chain that was not emitted, and why. */
export interface Rejected {
  attempt: number;
  reason: string;
  calls: { name: string; arguments: Record<string, unknown> }[];
}

export interface SampleReport {
  tasks: SampledTask[];
  rejected: Rejected[];
  duplicates: number;
  attempts: number;
  coverage: Coverage;
  findings: Finding[];
  graph: ToolGraph;
}

/**
 * Samples tasks over a set of servers: chains of calls walked along the tool graph, each call's
 * arguments filled from what earlier calls answered or the state holds, run on a fresh in-process
 * episode, replayed and scored before they are kept. Chain `n` draws from `seededGenerator(seed, n)`
 * and episodes run at seed 0 (what a reset from a task uses), so the same options give the same tasks.
 */
export async function sampleTasks(options: SampleOptions): Promise<SampleReport> {
  const { environments, count, seed, maxSteps } = options;
  if (environments.length === 0) throw new RangeError('name at least one server to sample');
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a whole number of at least 1, not ${count}`);
  if (!Number.isInteger(maxSteps) || maxSteps < 1) throw new RangeError(`max steps must be a whole number of at least 1, not ${maxSteps}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);
  const preset = options.preset ?? 'demo';
  const toolless = environments.filter((env) => env.tools.size === 0).map((env) => env.name);
  if (toolless.length > 0) throw new RangeError(`${toolless.join(', ')} ${toolless.length === 1 ? 'has' : 'have'} no tools to sample`);
  const graph = buildToolGraph(environments, { preset });
  const initial = startingStates(environments, preset);
  const servers = environments.map((env) => env.name);

  let crash: { server: string; tool: string; error: unknown } | undefined;
  const engine = new EpisodeEngine({
    environments: new EnvironmentRegistry(environments),
    store: new MemoryEpisodeStore(),
    defaultTtlSeconds: 0,
    onUnexpectedToolError: (info) => {
      crash ??= info;
    },
  });

  const walker = new Walker(graph);
  const tally = new CoverageTally();
  const tasks: SampledTask[] = [];
  const rejected: Rejected[] = [];
  const findings: Finding[] = [];
  const keys = new Set<string>();
  let duplicates = 0;
  const maxAttempts = options.maxAttempts ?? count * 4 + 8;
  let attempt = 0;
  for (; attempt < maxAttempts && tasks.length < count; attempt++) {
    crash = undefined;
    const chain = await walker.run(engine, servers, initial, seededGenerator(seed, attempt), maxSteps, attempt, tally);
    const plain = chain.calls.map((call) => ({ name: call.name, arguments: call.arguments }));
    if (crash !== undefined) {
      const { server, tool, error } = crash as { server: string; tool: string; error: unknown };
      const message = error instanceof Error ? error.message : String(error);
      const failed = chain.calls.find((call) => call.name === `${server}-${tool}` && call.isError);
      findings.push({ kind: 'crash', server, tool, message, arguments: failed?.arguments ?? null });
      rejected.push({ attempt, reason: `${server}-${tool} failed with an unexpected error: ${message}`, calls: plain });
      continue;
    }
    if (!chain.calls.some((call) => !call.isError)) {
      rejected.push({ attempt, reason: 'every call failed', calls: plain });
      continue;
    }
    const key = taskKey(servers, initial, chain.calls);
    if (keys.has(key)) {
      duplicates += 1;
      continue;
    }
    keys.add(key);
    const task = sampledTask(servers, initial, chain.calls, chain.final);
    const problem = await replayTask(engine, task);
    if (problem !== undefined) {
      // The call that answered differently, or (a state or score that differs) the chain's last.
      const culprit = chain.calls[problem.call ?? chain.calls.length - 1];
      const [server = servers[0] as string, tool = ''] = culprit ? culprit.name.split('-', 2) : [];
      findings.push({ kind: 'replay', server, tool, message: problem.reason, arguments: plain });
      rejected.push({ attempt, reason: problem.reason, calls: plain });
      continue;
    }
    tasks.push(task);
    for (const call of chain.calls) {
      tally.called.add(call.name);
      if (!call.isError) tally.succeeded.add(call.name);
    }
    for (const edge of chain.edges) tally.edges.add(edge);
  }
  return { tasks, rejected, duplicates, attempts: attempt, coverage: tally.summarize(graph), findings, graph };
}

interface Chain {
  calls: SampledCall[];
  final: Record<string, unknown>;
  /** Keys of the graph edges the chain followed (coverage.ts). */
  edges: string[];
}

/** Walks the graph: producers first, then tools that consume what the chain has produced. */
class Walker {
  readonly #graph: ToolGraph;
  readonly #into = new Map<string, GraphEdge[]>();
  readonly #outCount = new Map<string, number>();
  readonly #edgeKeys = new Set<string>();

  constructor(graph: ToolGraph) {
    this.#graph = graph;
    for (const edge of graph.edges) {
      const list = this.#into.get(edge.to) ?? [];
      list.push(edge);
      this.#into.set(edge.to, list);
      this.#outCount.set(edge.from, (this.#outCount.get(edge.from) ?? 0) + 1);
      this.#edgeKeys.add(edgeKey(edge));
    }
  }

  async run(
    engine: EpisodeEngine,
    servers: string[],
    initial: Record<string, unknown>,
    random: Random,
    maxSteps: number,
    attempt: number,
    tally: CoverageTally,
  ): Promise<Chain> {
    const length = maxSteps <= 1 ? 1 : 2 + Math.floor(random() * (maxSteps - 1));
    const pool = new ValuePool();
    for (const server of servers) pool.addState(server, initial[server]);
    const { episodeId } = await engine.reset({ servers, scenario: initial });
    try {
      const calls: SampledCall[] = [];
      const edges: string[] = [];
      const produced = new Set<string>();
      const touched = new Set<string>();
      let hinted = new Set<string>();
      for (let index = 0; index < length; index++) {
        const node = this.#choose(random, { index, produced, touched, hinted, calls, servers, attempt, tally });
        const filled: FilledArguments = fillArguments(node, pool, random);
        const { step, results } = await engine.step(episodeId, { calls: [{ name: node.name, arguments: filled.arguments }] });
        const result = results[0];
        const isError = result?.isError ?? true;
        calls.push({ name: node.name, arguments: filled.arguments, isError, content: result?.content ?? null, step });
        touched.add(node.server);
        if (isError) {
          hinted = this.#named(node.server, result?.content);
          continue;
        }
        hinted = new Set();
        for (const source of filled.sources) {
          if (isStateSource(source.from)) continue;
          const key = edgeKey({ from: source.from, to: node.name, argument: source.argument });
          if (this.#edgeKeys.has(key)) edges.push(key);
        }
        pool.addResult(node.name, index, result?.content);
        produced.add(node.name);
      }
      const { state } = await engine.state(episodeId);
      return { calls, final: state as Record<string, unknown>, edges };
    } finally {
      await engine.close(episodeId);
    }
  }

  /** Tools of the server a failure's message names ("call login first"): what the call was missing. */
  #named(server: string, content: unknown): Set<string> {
    const message = typeof (content as { message?: unknown })?.message === 'string' ? (content as { message: string }).message : '';
    const named = new Set<string>();
    for (const node of this.#graph.nodes) {
      if (node.server === server && new RegExp(`(^|[^A-Za-z0-9_])${node.tool}($|[^A-Za-z0-9_])`).test(message)) named.add(node.name);
    }
    return named;
  }

  #choose(
    random: Random,
    at: {
      index: number;
      produced: Set<string>;
      touched: Set<string>;
      hinted: Set<string>;
      calls: SampledCall[];
      servers: string[];
      attempt: number;
      tally: CoverageTally;
    },
  ): GraphNode {
    const nodes = this.#graph.nodes;
    const weights = nodes.map((node) => {
      let weight = 1;
      const feeding = (this.#into.get(node.name) ?? []).filter((edge) => at.produced.has(edge.from));
      if (feeding.length > 0) {
        weight *= 8;
        if (feeding.some((edge) => !at.tally.edges.has(edgeKey(edge)))) weight *= 2;
      }
      if (at.index === 0) {
        if ((this.#outCount.get(node.name) ?? 0) > 0) weight *= 3;
        // Chains take turns starting on each server, so every server leads some tasks.
        if (at.servers.length > 1 && node.server === at.servers[at.attempt % at.servers.length]) weight *= 8;
      } else if (at.servers.length > 1 && !at.touched.has(node.server)) weight *= 4;
      if (!at.tally.called.has(node.name)) weight *= 3;
      if (at.hinted.has(node.name)) weight *= 40;
      if (at.calls.some((call) => call.name === node.name)) weight *= 0.2;
      return weight;
    });
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let roll = random() * total;
    for (const [i, node] of nodes.entries()) {
      roll -= weights[i] as number;
      if (roll < 0) return node;
    }
    return nodes.at(-1) as GraphNode;
  }
}
