import { afterAll, describe, expect, it } from 'vitest';
import type { Environment } from '@envfleet/kit';
import { canonicalDigest, jsonEqual, parseBfclCall, publicAttributes } from '../src/index.js';
import { STATE_ADAPTERS } from './bfcl/adapters.js';
import { BFCL_CLASSES, type BfclClassName, type RecordedEntry, recordedClass } from './bfcl/recorded.js';

/**
 * Every BFCL multi-turn gold answer (800 entries, 4,625 calls), replayed class by class on the
 * fleet's environments and compared with what BFCL's own Python answered (recorded once by
 * scripts/reference/record-bfcl.py): each call's output, and the state after every turn.
 */

const PACKAGES: Record<BfclClassName, string> = {
  GorillaFileSystem: '@envfleet/env-bfcl-gorilla-file-system',
  MathAPI: '@envfleet/env-bfcl-math-api',
  MessageAPI: '@envfleet/env-bfcl-message-api',
  TwitterAPI: '@envfleet/env-bfcl-twitter-api',
  TicketAPI: '@envfleet/env-bfcl-ticket-api',
  TradingBot: '@envfleet/env-bfcl-trading-bot',
  TravelAPI: '@envfleet/env-bfcl-travel-api',
  VehicleControlAPI: '@envfleet/env-bfcl-vehicle-control-api',
};

/** Recorded outputs carry a few markers for Python values JSON lacks; our tools answer plain JSON. */
function decodeRecorded(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeRecorded);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$mpf === 'string' && Object.keys(record).length === 1) return Number(record.$mpf);
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, decodeRecorded(item)]));
}

interface Tally {
  entries: number;
  finalStates: number;
  turns: number;
  turnStates: number;
  calls: number;
  outputs: number;
}

const tallies = new Map<string, Tally>();

function replayEntry(env: Environment, className: string, entry: RecordedEntry, tally: Tally): string[] {
  const problems: string[] = [];
  const adapt = STATE_ADAPTERS[className] ?? ((state: Record<string, unknown>) => state);
  let state = env.load({ ...entry.initial_config, long_context: entry.long_context });
  let finalMatches = true;
  let callIndex = 0;
  entry.turns.forEach((turn, turnIndex) => {
    for (const call of turn.calls) {
      tally.calls++;
      const tool = env.tools.get(call.name);
      if (!tool) {
        problems.push(`${entry.id} turn ${turnIndex}: no tool ${call.name}`);
        continue;
      }
      const parameters = Object.keys((tool.inputSchema.properties ?? {}) as object);
      const parsed = parseBfclCall(call.call, { parameters });
      const outcome = env.call(state, parsed.name, parsed.arguments, { callIndex: callIndex++ });
      state = outcome.state;
      const expected = call.error === undefined ? decodeRecorded(call.output) : undefined;
      const same = call.error === undefined ? !outcome.isError && jsonEqual(outcome.content, expected) : outcome.isError;
      if (same) tally.outputs++;
      else {
        problems.push(
          `${entry.id} turn ${turnIndex} ${call.call}: got ${JSON.stringify(outcome.content).slice(0, 300)}, BFCL ${call.error ?? JSON.stringify(expected).slice(0, 300)}`,
        );
      }
    }
    tally.turns++;
    const ours = adapt(publicAttributes(env.save(state)) as Record<string, unknown>);
    const matches = turn.state
      ? jsonEqual(ours, turn.state) && canonicalDigest(ours) === turn.state_sha256
      : canonicalDigest(ours) === turn.state_sha256;
    if (matches) tally.turnStates++;
    else {
      problems.push(
        `${entry.id} turn ${turnIndex}: state differs${turn.state ? `: ours ${JSON.stringify(ours).slice(0, 400)}` : ' (digest)'}`,
      );
      if (turnIndex === entry.turns.length - 1) finalMatches = false;
    }
  });
  tally.entries++;
  if (finalMatches) tally.finalStates++;
  return problems;
}

describe.each(BFCL_CLASSES)('BFCL gold replay: %s', (className) => {
  const recorded = recordedClass(className);
  const categories = [...new Set(recorded.entries.map((entry) => entry.category))];

  it.each(categories)('%s', async (category) => {
    let env: Environment;
    try {
      env = ((await import(/* @vite-ignore */ PACKAGES[className])) as { default: Environment }).default;
    } catch (error) {
      throw new Error(`${PACKAGES[className]} is not in this workspace (${(error as Error).message.split('\n')[0]})`);
    }
    const tally: Tally = { entries: 0, finalStates: 0, turns: 0, turnStates: 0, calls: 0, outputs: 0 };
    tallies.set(`${className} ${category}`, tally);
    const problems = recorded.entries
      .filter((entry) => entry.category === category)
      .flatMap((entry) => replayEntry(env, className, entry, tally));
    expect(problems.slice(0, 8), `${problems.length} differences`).toEqual([]);
  });
});

afterAll(() => {
  const rows = [...tallies].map(
    ([name, t]) =>
      `${name.padEnd(32)} final states ${t.finalStates}/${t.entries}  turn states ${t.turnStates}/${t.turns}  outputs ${t.outputs}/${t.calls}`,
  );
  const total = [...tallies.values()].reduce(
    (sum, t) => ({
      entries: sum.entries + t.entries,
      finals: sum.finals + t.finalStates,
      calls: sum.calls + t.calls,
      outputs: sum.outputs + t.outputs,
    }),
    { entries: 0, finals: 0, calls: 0, outputs: 0 },
  );
  console.log(
    `BFCL gold replay — match rate\n${rows.join('\n')}\nall replayed: final states ${total.finals}/${total.entries}, outputs ${total.outputs}/${total.calls}`,
  );
});
