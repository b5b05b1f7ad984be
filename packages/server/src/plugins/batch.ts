import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { z } from 'zod';
import { episodeErrorFields, problemDetails, sendProblem } from './problem.js';

/** Ops one batch may carry: enough for a worker's whole group of episodes, bounded per request. */
export const MAX_BATCH_OPS = 4096;

export const batchOps = ['reset', 'step', 'state', 'evaluate', 'close'] as const;
type BatchOp = (typeof batchOps)[number];

export const batchRequest = z.object({
  ops: z
    .array(
      z.looseObject({
        op: z.enum(batchOps),
        episodeId: z.string().optional(),
      }),
    )
    .min(1)
    .max(MAX_BATCH_OPS),
});

/** One op's outcome: what it did, to which episode, and its answer or its problem. */
export interface BatchResult {
  op: BatchOp;
  status: number;
  /** The episode the op acted on; for a reset, the episode it created. */
  episodeId?: string;
  body: unknown;
}

/**
 * `POST /v1/batch`: many operations in one request, each answered with its own status, so one
 * rollout worker can drive hundreds of episodes per round trip. Ops run in order; one failing op
 * — even one that fails unexpectedly — is answered as its own problem and does not stop the
 * others, so the answer always says what was applied (a reset's new episode id among it). A batch
 * that is not valid as a whole (not a list of known ops, too many) is refused before any op runs.
 */
export async function batchRoute(app: FastifyInstance, options: { engine: EpisodeEngine }): Promise<void> {
  const { engine } = options;
  app.post('/v1/batch', async (request, reply) => {
    const parsed = batchRequest.safeParse(request.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
      return sendProblem(reply, 400, `Invalid batch — ${issues.join('; ')}`, { issues });
    }
    const results: BatchResult[] = [];
    for (const [index, { op, episodeId, ...body }] of parsed.data.ops.entries()) {
      results.push(await runOp(engine, op, episodeId, body, { index, log: request.log }));
    }
    return { results };
  });
}

async function runOp(
  engine: EpisodeEngine,
  op: BatchOp,
  episodeId: string | undefined,
  body: Record<string, unknown>,
  context: { index: number; log: FastifyBaseLogger },
): Promise<BatchResult> {
  const about = episodeId === undefined ? { op } : { op, episodeId };
  try {
    if (op === 'reset') {
      const created = await engine.reset(body);
      return { op, status: 201, episodeId: created.episodeId, body: created };
    }
    if (episodeId === undefined) throw new EpisodeError('bad_request', `op "${op}" needs an episodeId`);
    switch (op) {
      case 'step':
        return { ...about, status: 200, body: await engine.step(episodeId, body) };
      case 'state':
        return { ...about, status: 200, body: await engine.state(episodeId) };
      case 'evaluate':
        return { ...about, status: 200, body: await engine.evaluate(episodeId, body) };
      case 'close':
        return { ...about, status: 200, body: await engine.close(episodeId) };
    }
  } catch (error) {
    if (error instanceof EpisodeError) {
      return {
        ...about,
        status: error.status,
        body: problemDetails(error.status, error.message, episodeErrorFields(error)),
      };
    }
    // A bug or a broken dependency: logged, and answered as this op's problem so the ops already
    // applied (a reset's new episode) are not lost with the whole answer.
    context.log.error({ err: error, op, index: context.index, episodeId }, 'batch op failed');
    const detail = `Op ${context.index} (${op}) failed on the server; it has been logged. Read the episode's state before retrying it.`;
    return { ...about, status: 500, body: problemDetails(500, detail) };
  }
}
