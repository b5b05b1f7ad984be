import { type RouteName, routes } from '@envfleet/contract';
import type { EpisodeEngine } from '@envfleet/episodes';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AccessOptions, accessGuard } from './access.js';
import { evaluateBfcl } from '../bfcl/evaluate-episode.js';
import { scoreBfclEntry } from '../bfcl/score.js';
import { evaluateTau2 } from '../tau2/evaluate.js';
import { batchHandler } from './batch.js';
import { samplingHandlers } from './samples.js';
import { sendProblem } from './problem.js';
import { toolsHandler } from '../tool-formats/route.js';

type Params = { episodeId: string; name: string };
type Handler = (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => Promise<unknown>;

export interface V1RoutesOptions {
  engine: EpisodeEngine;
  /** The base of the `mcpUrl` a reset answers; none: the Host the client used. */
  publicUrl?: string;
  access: AccessOptions;
}

/**
 * The v1 HTTP API (README.md, and the OpenAPI document at /docs): environments, episodes and
 * batches. Register with `prefix: API_PREFIX`. Methods, paths and success statuses come from the
 * contract's route table, the same data the OpenAPI document is built from; this plugin only says
 * what each route does.
 */
export async function v1Routes(app: FastifyInstance, options: V1RoutesOptions): Promise<void> {
  const { engine, publicUrl } = options;
  await app.register(accessGuard, options.access);
  // Without a public URL, the Host the client used: the access guard has already refused any Host
  // that is not this server's, so this never hands out an attacker's name.
  const mcpUrl = (request: FastifyRequest, episodeId: string) =>
    `${publicUrl ?? `${request.protocol}://${request.host}`}/v1/episodes/${episodeId}/mcp`;

  const sampling = samplingHandlers(engine);
  const handlers: Record<RouteName, Handler> = {
    listEnvironments: async () => ({
      environments: engine.environments.names().map((name) => engine.runtime(name).describe()),
    }),
    describeEnvironment: async (request, reply) => {
      const { name } = request.params;
      if (!engine.environments.get(name)) {
        return sendProblem(reply, 404, `Unknown environment "${name}" (known: ${engine.environments.names().join(', ')})`);
      }
      const runtime = engine.runtime(name);
      return { ...runtime.describe(), defaultScenario: await runtime.defaultScenario() };
    },
    environmentTools: toolsHandler(engine),
    reset: async (request) => {
      const result = await engine.reset(request.body);
      return { ...result, mcpUrl: mcpUrl(request, result.episodeId) };
    },
    step: async (request) => engine.step(request.params.episodeId, request.body),
    state: async (request) => engine.state(request.params.episodeId),
    trajectory: async (request) => engine.trajectory(request.params.episodeId),
    snapshot: async (request) => engine.snapshot(request.params.episodeId),
    restore: async (request) => engine.restore(request.params.episodeId, request.body),
    fork: async (request) => engine.fork(request.params.episodeId, request.body ?? {}),
    evaluate: async (request) => engine.evaluate(request.params.episodeId, request.body),
    evaluateBfcl: async (request) => evaluateBfcl(engine, request.params.episodeId, request.body),
    evaluateTau2: async (request) => evaluateTau2(engine, request.params.episodeId, request.body),
    close: async (request) => engine.close(request.params.episodeId),
    importTasks: async (request) => engine.importTasks(request.body),
    toolGraph: sampling.toolGraph,
    sample: sampling.sample,
    bfclScore: async (request) => scoreBfclEntry(engine, request.body),
    batch: batchHandler(engine),
  };

  for (const [name, route] of Object.entries(routes) as [RouteName, (typeof routes)[RouteName]][]) {
    const handler = handlers[name];
    const status = 'status' in route ? route.status : undefined;
    app.route<{ Params: Params }>({
      method: route.method,
      // `{episodeId}` in the table (OpenAPI's way), `:episodeId` in fastify's router.
      url: route.path.replace(/\{(\w+)\}/g, ':$1'),
      handler:
        status === undefined
          ? handler
          : async (request, reply) => {
              const answer = await handler(request, reply);
              // A handler that already answered (a problem) keeps its own status.
              return reply.sent ? reply : reply.code(status).send(answer);
            },
    });
  }
}
