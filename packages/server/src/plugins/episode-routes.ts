import type { EpisodeEngine } from '@envfleet/episodes';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './problem.js';

type WithId = { Params: { episodeId: string } };

/** The v1 HTTP API (README.md, and the OpenAPI document at /docs): environments, episodes and batches. */
export async function episodeRoutes(app: FastifyInstance, options: { engine: EpisodeEngine; publicUrl?: string }): Promise<void> {
  const { engine, publicUrl } = options;
  // Without a public URL, the Host the client used: the host guard has already refused any Host
  // that is not this server's, so this never hands out an attacker's name.
  const mcpUrl = (request: FastifyRequest, episodeId: string) =>
    `${publicUrl ?? `${request.protocol}://${request.host}`}/v1/episodes/${episodeId}/mcp`;

  app.get('/v1/environments', async () => ({
    environments: engine.environments.names().map((name) => engine.runtime(name).describe()),
  }));

  app.get<{ Params: { name: string } }>('/v1/environments/:name', async (request, reply) => {
    if (!engine.environments.get(request.params.name)) {
      return sendProblem(reply, 404, `Unknown environment "${request.params.name}" (known: ${engine.environments.names().join(', ')})`);
    }
    const runtime = engine.runtime(request.params.name);
    return { ...runtime.describe(), defaultScenario: await runtime.defaultScenario() };
  });

  app.post('/v1/episodes', async (request, reply) => {
    const result = await engine.reset(request.body);
    return reply.code(201).send({ ...result, mcpUrl: mcpUrl(request, result.episodeId) });
  });

  app.post<WithId>('/v1/episodes/:episodeId/step', async (request) => engine.step(request.params.episodeId, request.body));
  app.get<WithId>('/v1/episodes/:episodeId/state', async (request) => engine.state(request.params.episodeId));
  app.get<WithId>('/v1/episodes/:episodeId/trajectory', async (request) => engine.trajectory(request.params.episodeId));
  app.post<WithId>('/v1/episodes/:episodeId/snapshots', async (request, reply) =>
    reply.code(201).send(await engine.snapshot(request.params.episodeId)),
  );
  app.post<WithId>('/v1/episodes/:episodeId/restore', async (request) => engine.restore(request.params.episodeId, request.body));
  app.post<WithId>('/v1/episodes/:episodeId/fork', async (request, reply) =>
    reply.code(201).send(await engine.fork(request.params.episodeId, request.body ?? {})),
  );
  app.post<WithId>('/v1/episodes/:episodeId/evaluate', async (request) => engine.evaluate(request.params.episodeId, request.body));
  app.delete<WithId>('/v1/episodes/:episodeId', async (request) => engine.close(request.params.episodeId));
}
