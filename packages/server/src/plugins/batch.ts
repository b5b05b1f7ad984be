import { type BatchOpName as BatchOp, type BatchResultEntry as BatchResult, routes } from '@envfleet/contract';
import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { problemFor, sendProblem } from './problem.js';

/**
 * `POST /v1/batch`: many operations in one request, each answered with its own status, so one
 * rollout worker can drive hundreds of episodes per round trip. Ops run in order; one failing op
 * — even one that fails unexpectedly — is answered as its own problem and does not stop the
 * others, so the answer always says what was applied (a reset's new episode id among it). A batch
 * that is not valid as a whole (not a list of known ops, too many) is refused before any op runs.
 */
export function batchHandler(engine: EpisodeEngine) {
  return async function batch(request: FastifyRequest, reply: FastifyReply) {
    const parsed = routes.batch.request.safeParse(request.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
      return sendProblem(reply, 400, `Invalid batch — ${issues.join('; ')}`, { issues });
    }
    const results: BatchResult[] = [];
    for (const [index, { op, episodeId, ...body }] of parsed.data.ops.entries()) {
      results.push(await runOp(engine, op, episodeId, body, { index, log: request.log }));
    }
    return { results };
  };
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
    // A bug or a broken dependency is logged, and answered as this op's problem so the ops already
    // applied (a reset's new episode) are not lost with the whole answer.
    const detail = `Op ${context.index} (${op}) failed on the server; it has been logged. Read the episode's state before retrying it.`;
    const problem = problemFor(error, detail);
    if (!(error instanceof EpisodeError) && problem.status >= 500)
      context.log.error({ err: error, op, index: context.index, episodeId }, 'batch op failed');
    return { ...about, status: problem.status, body: problem };
  }
}
