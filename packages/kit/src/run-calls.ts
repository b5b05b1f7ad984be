import type { CallOutcome, Environment } from './environment.js';

/** One call of a script: `[name, args]` as tests write it, or `{name, arguments}` as case files and MCP do. */
export type ScriptedCall = readonly [name: string, args?: unknown] | { readonly name: string; readonly arguments?: unknown };

/**
 * Loads `start` (any scenario document; a saved state is one) and runs the calls in order, each on
 * the state the previous one left and with its own call index, as an episode would. Returns every
 * outcome and the final state, for tests and replays that check a sequence rather than one call.
 */
export function runCalls<S>(
  environment: Environment<S>,
  start: unknown,
  calls: readonly ScriptedCall[],
): { outcomes: CallOutcome<S>[]; state: S } {
  let state = environment.load(start);
  const outcomes = calls.map((call, callIndex) => {
    const [name, args] = 'name' in call ? [call.name, call.arguments] : call;
    const outcome = environment.call(state, name, args ?? {}, { callIndex });
    state = outcome.state;
    return outcome;
  });
  return { outcomes, state };
}
