import { pythonEquals } from '@envfleet/kit';

/** One gold action of a τ² task (`evaluation_criteria.actions[i]`), as tasks.json writes it. */
export interface Tau2GoldAction {
  action_id?: string;
  name: string;
  arguments: Record<string, unknown>;
  /** The only arguments compared; absent or null means every argument the rollout's call passed. */
  compare_args?: readonly string[] | null;
  requestor?: 'assistant' | 'user';
}

/** A tool call the rollout made (the agent's or, in telecom, the user's). */
export interface Tau2ToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

export interface Tau2ActionCheck {
  action: Tau2GoldAction;
  matched: boolean;
  /** Index, in the rollout's calls, of the first call that matched. */
  callIndex?: number;
}

export interface Tau2ActionScore {
  /** 1 when every gold action was matched by some call, else 0 (τ²'s ACTION reward). */
  reward: 0 | 1;
  checks: Tau2ActionCheck[];
}

/**
 * τ²'s rule for one gold action and one call: same tool name; then, over the argument names in
 * compare_args (or, when the task gives none, the names the call itself passed), the two sides
 * restricted to those names are equal as Python dicts are (1 == 1.0, key order free). An empty
 * compare_args matches on the name alone. The requestor is not compared, as in τ².
 */
export function actionMatchesCall(action: Tau2GoldAction, call: Tau2ToolCall): boolean {
  if (action.name !== call.name) return false;
  const names = action.compare_args ?? Object.keys(call.arguments);
  if (names.length === 0) return true;
  return pythonEquals(restrict(call.arguments, names), restrict(action.arguments, names));
}

/**
 * τ²'s action check: each gold action must be matched by at least one call of the rollout, in any
 * order, a call possibly matching several actions; the reward is all or nothing. A task without
 * gold actions scores 1.
 */
export function scoreTau2Actions(goldActions: readonly Tau2GoldAction[], calls: readonly Tau2ToolCall[]): Tau2ActionScore {
  const checks = goldActions.map((action): Tau2ActionCheck => {
    const callIndex = calls.findIndex((call) => actionMatchesCall(action, call));
    return callIndex === -1 ? { action, matched: false } : { action, matched: true, callIndex };
  });
  return { reward: checks.every((check) => check.matched) ? 1 : 0, checks };
}

function restrict(args: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const name of names) {
    if (Object.hasOwn(args, name)) Object.defineProperty(kept, name, { value: args[name], enumerable: true });
  }
  return kept;
}
