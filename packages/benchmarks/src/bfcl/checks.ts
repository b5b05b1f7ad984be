import { jsonEqual, publicAttributes } from './canonical.js';

/**
 * BFCL's multi-turn checks (multi_turn_checker.py), as pure functions over what a rollout and the
 * gold run produced. A turn passes when every class's public state equals the gold run's and every
 * gold result text appears among the model's result texts so far (as a multiset, in any order).
 */

export type BfclErrorType =
  | 'multi_turn:empty_turn_model_response'
  | 'multi_turn:instance_state_mismatch'
  | 'multi_turn:execution_response_mismatch'
  | 'multi_turn:irrelevance_error:decoder_success'
  | 'multi_turn:turn_count_mismatch';

export type BfclCheck =
  | { valid: true }
  | { valid: false; errorType: BfclErrorType; message: string; turn: number; details: Record<string, unknown> };

/** One turn as BFCL sees it: the states after the turn per class, and the result texts it produced. */
export interface BfclTurnRun {
  /** Class name → state after the turn (keys starting with "_" are private and not compared). */
  states: Record<string, unknown>;
  /** Result texts of every call in the turn, in order (see bfclResultText). */
  results: string[];
}

export interface BfclModelTurn extends BfclTurnRun {
  /** How many calls the model made this turn (0 when it answered in words only). */
  callCount: number;
}

/** State check: every public attribute of each gold class state equals the model's. */
export function bfclStateCheck(model: Record<string, unknown>, gold: Record<string, unknown>, turn = 0): BfclCheck {
  for (const className of Object.keys(gold)) {
    const goldAttributes = publicAttributes(gold[className]);
    const modelAttributes = publicAttributes(model[className]);
    const differences: Record<string, { model: unknown; ground_truth: unknown }> = {};
    for (const [name, value] of Object.entries(goldAttributes)) {
      if (!jsonEqual(modelAttributes[name], value)) differences[name] = { model: modelAttributes[name], ground_truth: value };
    }
    if (Object.keys(differences).length > 0) {
      return {
        valid: false,
        errorType: 'multi_turn:instance_state_mismatch',
        message: `Model instance for ${className} does not match the state with ground truth instance.`,
        turn,
        details: { differences },
      };
    }
  }
  return { valid: true };
}

/** Response check: each gold result text is found among the model's (each match used once). */
export function bfclResponseCheck(modelResults: readonly string[], goldResults: readonly string[], turn = 0): BfclCheck {
  const pool = new Map<string, number>();
  for (const text of modelResults) pool.set(text, (pool.get(text) ?? 0) + 1);
  const missing: string[] = [];
  for (const text of goldResults) {
    const left = pool.get(text) ?? 0;
    if (left > 0) pool.set(text, left - 1);
    else missing.push(text);
  }
  if (missing.length === 0) return { valid: true };
  return {
    valid: false,
    errorType: 'multi_turn:execution_response_mismatch',
    message: `Model response execution results so far does not contain all the ground truth response execution results for turn ${turn}.`,
    turn,
    details: { missing_items: missing },
  };
}

/**
 * The whole multi-turn check. Turns whose gold has no call are skipped here (BFCL checks them with
 * bfclIrrelevanceCheck); the model's results accumulate over all turns, as BFCL lets a model answer
 * early. `goldCallCounts[i]` is how many gold calls turn i has.
 */
export function bfclMultiTurnCheck(
  model: readonly BfclModelTurn[],
  gold: readonly BfclTurnRun[],
  goldCallCounts: readonly number[],
): BfclCheck {
  if (model.length !== gold.length || goldCallCounts.length !== gold.length) {
    return {
      valid: false,
      errorType: 'multi_turn:turn_count_mismatch',
      message: `The model ran ${model.length} turns, the gold answer has ${gold.length} (and ${goldCallCounts.length} call counts).`,
      turn: Math.min(model.length, gold.length),
      details: {},
    };
  }
  const modelResultsSoFar: string[] = [];
  for (let turn = 0; turn < gold.length; turn++) {
    const modelTurn = model[turn]!;
    const goldTurn = gold[turn]!;
    modelResultsSoFar.push(...modelTurn.results);
    if (goldCallCounts[turn] === 0) continue;
    if (modelTurn.callCount === 0) {
      return {
        valid: false,
        errorType: 'multi_turn:empty_turn_model_response',
        message: `Model response list is empty for turn ${turn}`,
        turn,
        details: {},
      };
    }
    const state = bfclStateCheck(modelTurn.states, goldTurn.states, turn);
    if (!state.valid) return state;
    const response = bfclResponseCheck(modelResultsSoFar, goldTurn.results, turn);
    if (!response.valid) return response;
  }
  return { valid: true };
}

/** Turns whose gold answer is empty (the function is missing, or the request cannot be done): the model must not call. */
export function bfclIrrelevanceCheck(modelCallCounts: readonly number[], goldCallCounts: readonly number[]): BfclCheck {
  for (let turn = 0; turn < goldCallCounts.length; turn++) {
    if (goldCallCounts[turn] === 0 && (modelCallCounts[turn] ?? 0) > 0) {
      return {
        valid: false,
        errorType: 'multi_turn:irrelevance_error:decoder_success',
        message: `Model outputs valid function calls when it should not for turn ${turn}.`,
        turn,
        details: {},
      };
    }
  }
  return { valid: true };
}
