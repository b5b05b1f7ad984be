import type { Evaluation, GroundTruthCall } from '@envfleet/contract';
import { diff, type PatchOperation } from './json-patch.js';
import { pythonClose, pythonEquals } from './python-equality.js';
import { type ScheduleInput, scheduledTau } from './reward-schedule.js';
import type { TrajectoryEntry } from './types.js';

export type { GroundTruthCall } from '@envfleet/contract';

export interface EvaluateInput extends ScheduleInput {
  groundTruth: GroundTruthCall[];
  /** The ground truth's final state per server; `{}` scores state 0, as EnvFactory does without one. */
  finalConfig: Record<string, unknown>;
  /** Arguments to ignore, by tool name (`Server-tool` or bare), on top of each call's `masked_arguments`. */
  maskedArguments?: Record<string, string[]>;
  formatErrors?: number;
}

/** The reward and why, as `POST /v1/episodes/{id}/evaluate` answers it (@envfleet/contract). */
export type { Evaluation } from '@envfleet/contract';

const PENALTY_PER_EXTRA_CALL = 0.05;
const PENALTY_PER_FORMAT_ERROR = 0.05;
const MAX_PENALTY = 0.5;

/**
 * EnvFactory's reward (`EnvFactory/reward/tool_reward_fcn.py` in its VeRL fork), figure for figure:
 * the solution is every call in the trajectory (failed or unknown ones too, as the model wrote them
 * all), and the solution's final config is the state of each server a call reached (the fork saves
 * only servers the rollout opened). packages/episodes/test/envfactory-reward.test.ts holds figures
 * computed with the fork's code.
 *
 * - trace: 0 without calls; 1 without ground truth; else 1 when each ground-truth call is matched
 *   by a distinct call of the same name whose arguments have every unmasked ground-truth argument,
 *   equal as Python's `==`, top-level numbers within 1e-6 relative (extra arguments are ignored);
 * - state: of the finalConfig servers some ground-truth call names, the share whose state equals
 *   finalConfig's (Python's `==`; a server no call reached has no state); 0 when there are none;
 * - penalties: 0.05 per call beyond the ground truth's count (none without calls or ground truth)
 *   and per format error, each at most 0.5;
 * - reward: max(0, tau·trace + (1 − tau)·state − penalties), tau from the request or its schedule.
 */
export function evaluateEpisode(
  input: EvaluateInput,
  calls: TrajectoryEntry[],
  states: Record<string, unknown>,
  /** The `Server-tool` name a ground-truth name means (a bare name in a one-server episode). */
  fullName: (name: string) => string,
  /** The server a trajectory call reached, or undefined when it named no tool of the episode. */
  serverOf: (name: string) => string | undefined,
): Evaluation {
  const tau = scheduledTau(input);
  const trace = traceScore(input, calls, fullName);

  const named = new Set(input.groundTruth.map((call) => fullName(call.name).split('-')[0]));
  const reached = new Set(calls.map((call) => serverOf(call.name)));
  const patches: Record<string, PatchOperation[]> = {};
  let scored = 0;
  let equal = 0;
  for (const [server, expected] of Object.entries(input.finalConfig)) {
    const actual = reached.has(server) ? states[server] : null;
    const same = pythonEquals(actual, expected);
    patches[server] = same ? [] : diff(actual, expected);
    if (!named.has(server)) continue;
    scored += 1;
    if (same) equal += 1;
  }
  const state = scored === 0 ? 0 : equal / scored;

  const lengthPenalty =
    input.groundTruth.length === 0 || calls.length === 0
      ? 0
      : Math.min(Math.max(calls.length - input.groundTruth.length, 0) * PENALTY_PER_EXTRA_CALL, MAX_PENALTY);
  const formatPenalty = Math.min((input.formatErrors ?? 0) * PENALTY_PER_FORMAT_ERROR, MAX_PENALTY);
  // The fork's expression in its order, so the float is the same to the last bit.
  const reward = Math.max(0, tau * trace + (1 - tau) * state - lengthPenalty - formatPenalty);
  return { reward, trace, state, lengthPenalty, formatPenalty, tau, diff: patches };
}

function traceScore(input: EvaluateInput, calls: TrajectoryEntry[], fullName: (name: string) => string): 0 | 1 {
  if (calls.length === 0) return 0;
  const used = new Set<number>();
  for (const truth of input.groundTruth) {
    const name = fullName(truth.name);
    const masked = new Set([
      ...(truth.masked_arguments ?? []),
      ...(input.maskedArguments?.[truth.name] ?? []),
      ...(input.maskedArguments?.[name] ?? []),
    ]);
    const expected = truth.arguments ?? {};
    const index = calls.findIndex((call, i) => !used.has(i) && call.name === name && argumentsMatch(call.arguments, expected, masked));
    if (index < 0) return 0;
    used.add(index);
  }
  return 1;
}

/** Every unmasked ground-truth argument is present and equal; arguments it does not name are ignored. */
function argumentsMatch(actual: unknown, expected: Record<string, unknown>, masked: Set<string>): boolean {
  for (const [key, value] of Object.entries(expected)) {
    if (masked.has(key)) continue;
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual) || !Object.hasOwn(actual, key)) return false;
    const given = (actual as Record<string, unknown>)[key];
    if (!pythonEquals(given, value) && !pythonClose(given, value)) return false;
  }
  return true;
}
