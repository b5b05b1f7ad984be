import { type Tau2Evaluation, tau2EvaluateRequest } from '@envfleet/contract';
import { jsonEqual, replayGoldActions, scoreTau2Actions, type Tau2GoldAction } from '@envfleet/benchmarks';
import { EpisodeError, type EpisodeEngine, LocalRuntime } from '@envfleet/episodes';
import { clipText, splitToolName } from '@envfleet/kit';

/**
 * `POST /v1/episodes/{id}/evaluate/tau2`: a rollout on a Tau2 server scored as τ²-bench's evaluator
 * scores it (docs/tau2-bench.md). The database check replays the task's gold actions from the world
 * the episode started in and compares the result with the episode's world now; the action check
 * looks for each gold action among the episode's calls to that server, comparing only compare_args
 * when the task names them. Nothing of the episode changes.
 */
export async function evaluateTau2(engine: EpisodeEngine, episodeId: string, body: unknown): Promise<Tau2Evaluation> {
  const parsed = tau2EvaluateRequest.safeParse(body ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    throw new EpisodeError('bad_request', `Invalid request body — ${issues.slice(0, 5).join('; ')}`, issues);
  }
  const { actions, envAssertions, rewardBasis = ['DB', 'ACTION'] } = parsed.data;
  const rollout = await engine.rollout(episodeId);
  const server = tau2ServerOf(engine, rollout.servers);
  const runtime = engine.runtime(server) as LocalRuntime;
  const unknown = actions.filter((action) => !runtime.tools.has(action.name)).map((action) => clipText(action.name));
  if (unknown.length > 0) {
    throw new EpisodeError(
      'bad_request',
      `actions name tools ${server} does not have: ${[...new Set(unknown)].join(', ')} (give τ²'s bare tool names, as its tasks.json does)`,
    );
  }
  const gold = actions as Tau2GoldAction[];

  // The episode's calls to the τ² server, under τ²'s bare names, with their place in the trajectory.
  const calls: { name: string; arguments: Record<string, unknown>; index: number }[] = [];
  rollout.calls.forEach((call, index) => {
    const split = splitToolName(call.name);
    if (split?.server !== server) return;
    const args = call.arguments !== null && typeof call.arguments === 'object' ? (call.arguments as Record<string, unknown>) : {};
    calls.push({ name: split.tool, arguments: args, index });
  });
  const actionScore = scoreTau2Actions(gold, calls);

  const replay = replayGoldActions(runtime.environment, rollout.initialStates[server], gold);
  const databaseReward = jsonEqual(replay.finalState, rollout.states[server]) ? 1 : 0;

  const assertions = envAssertionChecks(runtime, server, rollout.states[server], envAssertions, rewardBasis.includes('ENV_ASSERTION'));

  const reward =
    (rewardBasis.includes('DB') ? databaseReward : 1) *
    (rewardBasis.includes('ACTION') ? actionScore.reward : 1) *
    (rewardBasis.includes('ENV_ASSERTION') ? (assertions?.reward ?? 0) : 1);
  return {
    reward: reward === 1 ? 1 : 0,
    rewardBasis,
    server,
    database: { reward: databaseReward, goldErrors: replay.outputs.filter((output) => output.isError).length },
    actions: {
      reward: actionScore.reward,
      checks: actionScore.checks.map((check) => ({
        name: check.action.name,
        ...(check.action.action_id !== undefined ? { actionId: check.action.action_id } : {}),
        matched: check.matched,
        ...(check.callIndex !== undefined ? { callIndex: (calls[check.callIndex] as { index: number }).index } : {}),
      })),
    },
    ...(assertions ? { envAssertions: assertions } : {}),
  };
}

/**
 * An environment whose τ² tasks carry env assertions (Tau2Telecom) checks them itself: it carries a
 * `checkTau2Assertions(state, assertions)` beside its tools, as assertion functions are not tools.
 */
interface Tau2AssertionHost {
  checkTau2Assertions(
    state: unknown,
    assertions: readonly unknown[],
  ): { reward: 0 | 1; checks: { func_name: string; passed: boolean; error?: string }[] };
}

function envAssertionChecks(
  runtime: LocalRuntime,
  server: string,
  state: unknown,
  assertions: readonly unknown[] | undefined,
  required: boolean,
): Tau2Evaluation['envAssertions'] {
  if (assertions === undefined) {
    if (required)
      throw new EpisodeError(
        'bad_request',
        "rewardBasis ENV_ASSERTION needs envAssertions (the task's evaluation_criteria.env_assertions)",
      );
    return undefined;
  }
  const host = runtime.environment as Partial<Tau2AssertionHost>;
  if (typeof host.checkTau2Assertions !== 'function') {
    throw new EpisodeError('bad_request', `${server} has no τ² env assertions (τ² defines them for its telecom domain: Tau2Telecom)`);
  }
  const { reward, checks } = host.checkTau2Assertions(state, assertions);
  return {
    reward,
    checks: checks.map((check) => ({
      funcName: check.func_name,
      passed: check.passed,
      ...(check.error !== undefined ? { error: check.error } : {}),
    })),
  };
}

/** The episode's one τ² server, held in this process (the checks replay its environment here). */
function tau2ServerOf(engine: EpisodeEngine, servers: string[]): string {
  const tau2 = servers.filter((server) => {
    const runtime = engine.runtime(server);
    return runtime instanceof LocalRuntime && runtime.environment.domain === 'benchmarks' && server.startsWith('Tau2');
  });
  if (tau2.length !== 1) {
    throw new EpisodeError(
      'bad_request',
      tau2.length === 0
        ? `This episode has no τ² server served in this process (its servers: ${servers.join(', ')}); reset one with Tau2Retail, Tau2Airline or Tau2Telecom`
        : `This episode has ${tau2.length} τ² servers (${tau2.join(', ')}); τ²'s checks score one domain at a time`,
    );
  }
  return tau2[0] as string;
}
