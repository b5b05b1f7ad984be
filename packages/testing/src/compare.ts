import type { Environment } from '@envfleet/kit';
import type { OracleAnswer } from './oracle.js';
import { type ReplayCall, replaySeeded } from './replay.js';

export interface Difference {
  /** Index of the call that differs, or -1 for the final state or the scenario load. */
  call: number;
  kind: 'load' | 'error-vs-success' | 'result' | 'message' | 'state';
  ours: unknown;
  theirs: unknown;
}

/**
 * Runs `calls` from `scenario` here and compares, call by call, with what the reference answered for
 * the same scenario and calls: error vs success, results, and the final state. Messages are compared
 * only with `messages: true` (ours are meant to be more informative; error vs success must agree).
 * From the first call the reference marks nondeterministic (a uuid, a salted hash, unseeded random),
 * results can depend on values the two sides drew differently, so from there on only error vs
 * success is compared, and the final state is not.
 */
export function compareWithOracle(
  environment: Environment,
  scenario: unknown,
  calls: readonly ReplayCall[],
  answer: OracleAnswer,
  options: { seed?: number; messages?: boolean } = {},
): Difference[] {
  const differences: Difference[] = [];
  let start: unknown;
  try {
    start = environment.load(scenario);
  } catch (error) {
    if (answer.load?.ok !== false) differences.push({ call: -1, kind: 'load', ours: String(error), theirs: answer.load });
    return differences;
  }
  if (answer.load?.ok === false || answer.error) {
    return [{ call: -1, kind: 'load', ours: 'loaded', theirs: answer.load?.message ?? answer.error }];
  }
  const run = replaySeeded(environment, start, calls, options.seed ?? 0);
  const theirs = answer.calls ?? [];
  let deterministic = true;
  run.outcomes.forEach((outcome, index) => {
    const reference = theirs[index];
    if (!reference) return;
    if (reference.nondeterministic) deterministic = false;
    if (outcome.isError !== reference.isError) {
      differences.push({ call: index, kind: 'error-vs-success', ours: outcome.content, theirs: reference.result });
    } else if (!deterministic) {
      // Drawn differently on each side: only the outcome's kind can be compared.
    } else if (!outcome.isError && canonical(outcome.content) !== canonical(reference.result)) {
      differences.push({ call: index, kind: 'result', ours: outcome.content, theirs: reference.result });
    } else if (outcome.isError && options.messages) {
      const ours = (outcome.content as { message?: string }).message;
      const message = (reference.result as { message?: string }).message;
      if (ours !== message) differences.push({ call: index, kind: 'message', ours, theirs: message });
    }
  });
  if (deterministic && canonical(environment.save(run.state)) !== canonical(answer.final_state)) {
    differences.push({ call: -1, kind: 'state', ours: environment.save(run.state), theirs: answer.final_state });
  }
  return differences;
}

/** JSON text with object keys sorted, so key order (which JSON does not promise) never counts as a difference. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
