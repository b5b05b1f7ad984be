import type { EpisodeStore } from '@envfleet/episodes';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

/** Liveness answers while the process runs; readiness only while the episode store answers. */
export async function healthRoutes(app: FastifyInstance, options: { store: EpisodeStore }): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const ready = await options.store.ping().catch(() => false);
    if (!ready) return sendProblem(reply, 503, `The ${options.store.kind} episode store does not answer`);
    return { status: 'ready', store: options.store.kind };
  });
}
