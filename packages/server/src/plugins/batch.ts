import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sendProblem } from './problem.js';

const batchRequest = z.object({
  ops: z
    .array(
      z.looseObject({
        op: z.enum(['reset', 'step', 'state', 'evaluate', 'close']),
        episodeId: z.string().optional(),
      }),
    )
    .min(1)
    .max(4096),
});

/**
 * `POST /v1/batch`: many operations in one request, each answered with its own status, so one
 * rollout worker can drive hundreds of episodes per round trip. Ops run in order; one failing op
 * does not stop the others.
 */
export async function batchRoute(app: FastifyInstance, options: { engine: EpisodeEngine }): Promise<void> {
  const { engine } = options;
  app.post('/v1/batch', async (request, reply) => {
    const parsed = batchRequest.safeParse(request.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
      return sendProblem(reply, 400, `Invalid batch — ${issues.join('; ')}`, { issues });
    }
    const results = [];
    for (const { op, episodeId, ...body } of parsed.data.ops) {
      try {
        if (op !== 'reset' && !episodeId) throw new EpisodeError('bad_request', `op "${op}" needs an episodeId`);
        const id = episodeId as string;
        switch (op) {
          case 'reset':
            results.push({ status: 201, body: await engine.reset(body) });
            break;
          case 'step':
            results.push({ status: 200, body: await engine.step(id, body) });
            break;
          case 'state':
            results.push({ status: 200, body: await engine.state(id) });
            break;
          case 'evaluate':
            results.push({ status: 200, body: await engine.evaluate(id, body) });
            break;
          case 'close':
            results.push({ status: 200, body: await engine.close(id) });
            break;
        }
      } catch (error) {
        if (!(error instanceof EpisodeError)) throw error;
        results.push({
          status: error.status,
          body: { status: error.status, detail: error.message, ...(error.issues.length ? { issues: error.issues } : {}) },
        });
      }
    }
    return { results };
  });
}
