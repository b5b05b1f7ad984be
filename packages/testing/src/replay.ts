import type { CallOutcome, Environment } from '@envfleet/kit';

export interface ReplayCall {
  name: string;
  arguments?: unknown;
}

export interface Replay<S> {
  outcomes: CallOutcome<S>[];
  state: S;
  /** The results as an agent sees them, serialized: equal text means byte-identical answers. */
  resultsText: string;
  /** The final state, saved and serialized. */
  stateText: string;
}

/**
 * Runs calls from a starting state as an episode with `seed` would (call indexes 0, 1, …), so two
 * runs can be compared byte for byte.
 */
export function replaySeeded<S>(environment: Environment<S>, start: S, calls: readonly ReplayCall[], seed = 0): Replay<S> {
  let state = start;
  const outcomes = calls.map((call, callIndex) => {
    const outcome = environment.call(state, call.name, call.arguments ?? {}, { seed, callIndex });
    state = outcome.state;
    return outcome;
  });
  return {
    outcomes,
    state,
    resultsText: JSON.stringify(outcomes.map(({ isError, content }) => ({ isError, content }))),
    stateText: JSON.stringify(environment.save(state)),
  };
}
