import { describeIssues, type EnvironmentRegistry, type EpisodeEngine, LocalRuntime } from '@envfleet/episodes';
import { closestName, type Environment } from '@envfleet/kit';
import { buildToolGraph, graphToDot, sampleTasks, type ToolGraph } from '@envfleet/sampler';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type AccessOptions, accessGuard } from './access.js';
import { sendProblem } from './problem.js';

export interface SamplesOptions {
  engine: EpisodeEngine;
  access: AccessOptions;
}

/** Bounds of one request: sampling runs in this process, between the requests of everyone else. */
export const MAX_SAMPLES_PER_REQUEST = 200;
export const MAX_SAMPLE_STEPS = 12;

const graphQuery = z.strictObject({
  servers: z
    .string()
    .min(1, 'name at least one server')
    .transform((text) => text.split(',').filter((name) => name.length > 0)),
  format: z.enum(['json', 'dot']).default('json'),
  preset: z.string().min(1).optional(),
});

/** Graphs already built, by servers and preset: a graph is a pure function of them. */
const MAX_CACHED_GRAPHS = 256;

const samplesRequest = z.strictObject({
  servers: z.array(z.string().min(1)).min(1, 'name at least one server').max(3, 'at most three servers per task'),
  count: z.int().min(1).max(MAX_SAMPLES_PER_REQUEST),
  seed: z.int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  maxSteps: z.int().min(1).max(MAX_SAMPLE_STEPS).default(4),
  preset: z.string().min(1).optional(),
  /** Keep the tasks as the fleet's tasks too (as `POST /v1/tasks` would), to reset from by id. */
  import: z.boolean().default(false),
});

/**
 * `GET /v1/graph` and `POST /v1/samples`. The latter: verified tasks over servers this process runs (docs/sampler.md), answered as
 * the JSON `envfleet sample` writes line by line, with coverage, what was left out and why, and, with
 * `import: true`, the ids they are kept under. A server behind another process cannot be sampled
 * here: its rules run there.
 */
export async function sampleRoutes(app: FastifyInstance, options: SamplesOptions): Promise<void> {
  const { engine } = options;
  await app.register(accessGuard, options.access);
  const graphs = new Map<string, ToolGraph>();

  // `GET /v1/graph?servers=A,B&format=json|dot`: the tool graph the sampler walks (and the catalog draws).
  app.get('/graph', async (request, reply) => {
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
  });

  app.post('/samples', async (request, reply) => {
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
  });
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
