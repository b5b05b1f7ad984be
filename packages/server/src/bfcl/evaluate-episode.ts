import { type BfclEvaluation, bfclEvaluateRequest } from '@envfleet/contract';
import { bfclMultiTurnCheck } from '@envfleet/benchmarks';
import { EpisodeError, type EpisodeEngine, LocalRuntime } from '@envfleet/episodes';
import { parseGroundTruth, runTurns, toolOwners } from './score.js';

const PREFIX = 'Bfcl';

/**
 * `POST /v1/episodes/{id}/evaluate/bfcl`: the episode's rollout scored as BFCL's multi-turn checker
 * scores it (docs/bfcl.md). `turnSteps` says which of the episode's steps belong to which turn. The
 * model's calls are replayed turn by turn from the world the episode started in, with its seed (so
 * drawn ids and times come out the same), to read the state after each turn; the gold calls run the
 * same way; then, per turn, every class's public state must equal the gold run's and the gold
 * results must be among the model's. Nothing of the episode changes.
 */
export async function evaluateBfcl(engine: EpisodeEngine, episodeId: string, body: unknown): Promise<BfclEvaluation> {
  const parsed = bfclEvaluateRequest.safeParse(body ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    throw new EpisodeError('bad_request', `Invalid request body — ${issues.slice(0, 5).join('; ')}`, issues);
  }
  const { groundTruth, turnSteps } = parsed.data;
  const rollout = await engine.rollout(episodeId);
  const servers = rollout.servers.filter((server) => {
    const runtime = engine.runtime(server);
    return runtime instanceof LocalRuntime && runtime.environment.domain === 'benchmarks' && server.startsWith(PREFIX);
  });
  if (servers.length === 0) {
    throw new EpisodeError(
      'bad_request',
      `This episode has no BFCL server served in this process (its servers: ${rollout.servers.join(', ')}); reset one with the entry's Bfcl<Class> servers`,
    );
  }
  if (turnSteps.length !== groundTruth.length) {
    throw new EpisodeError('bad_request', `turnSteps has ${turnSteps.length} turns but groundTruth has ${groundTruth.length}`);
  }
  const stepsCounted = turnSteps.reduce((sum, steps) => sum + steps, 0);
  if (stepsCounted !== rollout.steps) {
    throw new EpisodeError('bad_request', `turnSteps add up to ${stepsCounted} steps, but the episode has taken ${rollout.steps}`);
  }

  // The turn each step belongs to: steps are numbered from 1 in the order they were taken.
  const turnOfStep: number[] = [];
  turnSteps.forEach((steps, turn) => {
    for (let i = 0; i < steps; i++) turnOfStep.push(turn);
  });
  const modelTurns: { name: string; arguments: Record<string, unknown> }[][] = turnSteps.map(() => []);
  for (const call of rollout.calls) {
    const args = call.arguments !== null && typeof call.arguments === 'object' ? (call.arguments as Record<string, unknown>) : {};
    modelTurns[turnOfStep[call.step - 1] as number]?.push({ name: call.name, arguments: args });
  }

  const classes = servers.map((server) => server.slice(PREFIX.length));
  const owner = toolOwners(engine, classes);
  const start = {
    classes,
    scenario: Object.fromEntries(servers.map((server) => [server, rollout.initialStates[server]])),
    seed: rollout.seed,
  };
  const gold = await runTurns(engine, start, owner, parseGroundTruth(groundTruth, owner, 'groundTruth'));
  const model = (await runTurns(engine, start, owner, modelTurns)).map((turn, index) => ({
    ...turn,
    callCount: (modelTurns[index] as unknown[]).length,
  }));
  return bfclMultiTurnCheck(
    model,
    gold,
    groundTruth.map((turn) => turn.length),
  );
}
