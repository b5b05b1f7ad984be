import type { Environment } from '@envfleet/kit';
import { canonicalDigest } from './canonical-json.js';
import type { Tau2GoldAction } from './action-match.js';

export interface Tau2GoldReplay {
  /** Each gold action's answer as the agent would have seen it. */
  outputs: { isError: boolean; content: unknown }[];
  /** The state the gold actions leave, saved as the scenario JSON. */
  finalState: unknown;
}

/** Run a task's gold actions in order from `start`, as τ²'s evaluator does to build its target database. */
export function replayGoldActions<S>(env: Environment<S>, start: S, actions: readonly Tau2GoldAction[]): Tau2GoldReplay {
  let state = start;
  const outputs: Tau2GoldReplay['outputs'] = [];
  for (const action of actions) {
    const outcome = env.call(state, action.name, action.arguments);
    outputs.push({ isError: outcome.isError, content: outcome.content });
    state = outcome.state;
  }
  return { outputs, finalState: env.save(state) };
}

/**
 * τ²'s database check: the rollout's final database equals the one the gold actions produce from the
 * same start (τ² compares hashes of the two dumps; a digest of the canonical JSON does the same).
 */
export function tau2DatabaseMatches<S>(env: Environment<S>, start: S, actions: readonly Tau2GoldAction[], rolloutFinal: S): boolean {
  return canonicalDigest(replayGoldActions(env, start, actions).finalState) === canonicalDigest(env.save(rolloutFinal));
}
