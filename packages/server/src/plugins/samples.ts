import { describeIssues, type EnvironmentRegistry, type EpisodeEngine, LocalRuntime } from '@envfleet/episodes';
import { closestName, type Environment } from '@envfleet/kit';
import { buildToolGraph, graphToDot, sampleTasks, type ToolGraph } from '@envfleet/sampler';
import { samplesRequest, toolGraphQuery } from '@envfleet/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem.js';

/** Graphs already built, by servers and preset: a graph is a pure function of them. */
const MAX_CACHED_GRAPHS = 256;

/** The graph query, read: servers split, json by default, and servers required. */
const graphQuery = toolGraphQuery.strict().transform((query, context) => {
  const servers = (query.servers ?? '').split(',').filter((name) => name.length > 0);
  if (servers.length === 0) context.addIssue({ code: 'custom', path: ['servers'], message: 'name at least one server' });
  return { servers, format: query.format ?? 'json', preset: query.preset };
});

/**
 * The handlers of `GET /v1/graph` and `POST /v1/samples` (routes of the contract's table, registered
 * with the rest by episode-routes.ts). Samples are verified tasks over servers this process runs
 * (docs/sampler.md), answered as the JSON `envfleet sample` writes line by line, with coverage, what
 * was left out and why, and, with `import: true`, the ids they are kept under. A server behind
 * another process cannot be sampled here: its rules run there.
 */
export function samplingHandlers(engine: EpisodeEngine) {
  const graphs = new Map<string, ToolGraph>();

  // The tool graph the sampler walks (and the catalog draws), as JSON or Graphviz text.
  const toolGraph = async (request: FastifyRequest, reply: FastifyReply) => {
    const parsed = graphQuery.safeParse(request.query ?? {});
    if (!parsed.success) {
      const issues = describeIssues(parsed.error);
      return sendProblem(reply, 400, `Invalid graph request — ${issues.join('; ')}`, { issues });
    }
    const { servers, format, preset } = parsed.data;
    const environments: Environment[] = [];
    for (const name of new Set(servers)) {
      const found = localEnvironment(engine.environments, name);
      if (typeof found === 'string') return sendProblem(reply, found.startsWith('Unknown') ? 404 : 400, found);
      environments.push(found);
    }
    const key = JSON.stringify([environments.map((env) => env.name), preset ?? null]);
    let graph = graphs.get(key);
    if (!graph) {
      graph = buildToolGraph(environments, preset === undefined ? {} : { preset });
      if (graphs.size >= MAX_CACHED_GRAPHS) graphs.delete(graphs.keys().next().value as string);
      graphs.set(key, graph);
    }
    if (format === 'dot') return reply.type('text/vnd.graphviz; charset=utf-8').send(graphToDot(graph));
    return graph;
  };

  const sample = async (request: FastifyRequest, reply: FastifyReply) => {
    const parsed = samplesRequest.safeParse(request.body ?? {});
    if (!parsed.success) {
      const issues = describeIssues(parsed.error);
      return sendProblem(reply, 400, `Invalid sample request — ${issues.join('; ')}`, { issues });
    }
    const body = parsed.data;
    const environments: Environment[] = [];
    for (const name of new Set(body.servers)) {
      const found = localEnvironment(engine.environments, name);
      if (typeof found === 'string') return sendProblem(reply, found.startsWith('Unknown') ? 404 : 400, found);
      environments.push(found);
    }
    let report: Awaited<ReturnType<typeof sampleTasks>>;
    try {
      report = await sampleTasks({
        environments,
        count: body.count,
        seed: body.seed,
        maxSteps: body.maxSteps,
        ...(body.preset !== undefined ? { preset: body.preset } : {}),
      });
    } catch (error) {
      // The sampler refuses what it cannot sample (a server without tools): the request's fault.
      if (error instanceof RangeError) return sendProblem(reply, 400, error.message);
      throw error;
    }
    const taskIds = body.import && report.tasks.length > 0 ? (await engine.importTasks({ tasks: report.tasks })).taskIds : undefined;
    return {
      tasks: report.tasks,
      ...(taskIds ? { taskIds } : {}),
      attempts: report.attempts,
      duplicates: report.duplicates,
      rejected: report.rejected,
      findings: report.findings,
      coverage: report.coverage,
    };
  };

  return { toolGraph, sample };
}

function localEnvironment(registry: EnvironmentRegistry, name: string): Environment | string {
  const runtime = registry.get(name);
  if (!runtime) {
    const hint = closestName(name, registry.names());
    return `Unknown server "${name}"${hint ? ` — did you mean "${hint}"?` : ''}`;
  }
  if (!(runtime instanceof LocalRuntime)) return `${name} runs in another process: sample it where it runs (POST /v1/samples there)`;
  return runtime.environment;
}
