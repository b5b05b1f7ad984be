import type { Environment } from '@envfleet/kit';
import { type BfclCheck, bfclMultiTurnCheck, type BfclModelTurn, type BfclTurnRun } from './checks.js';
import { parseBfclCall } from './parse-call.js';
import { bfclResultText } from './result-text.js';

/**
 * Scoring a BFCL multi-turn rollout the way BFCL's eval runner does: the model's calls and the gold
 * calls each run turn by turn on their own fresh instances of the entry's classes (the fleet's Bfcl*
 * environments, loaded from the entry's initial_config), then multi_turn_checker's rules decide.
 */

export interface BfclEntrySetup {
  /** BFCL class name (`GorillaFileSystem`, …) → the environment standing for it. */
  classes: Readonly<Record<string, Environment>>;
  /** The entry's `initial_config` (per class name). */
  initialConfig: Readonly<Record<string, unknown>>;
  /** BFCL passes true for its long_context category. */
  longContext?: boolean;
}

export interface BfclToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

/** Runs calls turn by turn on fresh instances of the classes; answers each turn's states and result texts. */
export function runBfclTurns(setup: BfclEntrySetup, turns: readonly (readonly BfclToolCall[])[]): BfclTurnRun[] {
  const owner = new Map<string, string>();
  // BFCL maps each method name to the last involved class that has it.
  for (const [className, env] of Object.entries(setup.classes)) for (const tool of env.tools.keys()) owner.set(tool, className);
  const states: Record<string, unknown> = {};
  for (const [className, env] of Object.entries(setup.classes)) {
    const config = (setup.initialConfig[className] ?? {}) as Record<string, unknown>;
    states[className] = env.load({ ...config, long_context: setup.longContext ?? false });
  }
  let callIndex = 0;
  return turns.map((calls) => {
    const results = calls.map((call) => {
      const className = owner.get(call.name);
      // BFCL evaluates the call string; an unknown function is Python's NameError.
      if (className === undefined) return `Error during execution: name '${call.name}' is not defined`;
      const env = setup.classes[className]!;
      const outcome = env.call(states[className], call.name, call.arguments, { callIndex: callIndex++ });
      states[className] = outcome.state;
      return bfclResultText(outcome);
    });
    return { states: { ...states }, results };
  });
}

/** Gold call strings (BFCL's possible_answer) as tool calls, positional arguments bound by the tools' parameter order. */
export function goldCalls(setup: BfclEntrySetup, turns: readonly (readonly string[])[]): BfclToolCall[][] {
  const parameters = new Map<string, string[]>();
  for (const env of Object.values(setup.classes)) {
    for (const tool of env.tools.values()) parameters.set(tool.name, Object.keys((tool.inputSchema.properties ?? {}) as object));
  }
  return turns.map((calls) =>
    calls.map((text) => {
      const name = /^\s*([A-Za-z_]\w*)/.exec(text)?.[1] ?? '';
      const parsed = parseBfclCall(text, { parameters: parameters.get(name) ?? [] });
      return { name: parsed.name, arguments: parsed.arguments };
    }),
  );
}

/**
 * BFCL's verdict on a rollout: `model[t]` is what the model called in turn t (all its steps
 * together), `gold[t]` the gold call strings of that turn.
 */
export function scoreBfclRollout(
  setup: BfclEntrySetup,
  model: readonly (readonly BfclToolCall[])[],
  gold: readonly (readonly string[])[],
): BfclCheck {
  const goldRun = runBfclTurns(setup, goldCalls(setup, gold));
  const modelRun: BfclModelTurn[] = runBfclTurns(setup, model).map((turn, index) => ({ ...turn, callCount: model[index]!.length }));
  return bfclMultiTurnCheck(
    modelRun,
    goldRun,
    gold.map((calls) => calls.length),
  );
}
