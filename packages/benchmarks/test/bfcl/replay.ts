import type { Environment } from '@envfleet/kit';
import { canonicalDigest, jsonEqual, parseBfclCall, publicAttributes } from '../../src/index.js';
import { STATE_ADAPTERS } from './adapters.js';
import type { BfclClassName, RecordedEntry } from './recorded.js';

/** Replaying recorded BFCL entries on the fleet's environments (the gold replay and the probes share it). */

// By path, not by package name: @envfleet/benchmarks must not depend on environments (the server
// depends on it, and every environment on the server through its host): that would be a cycle.
const ENVIRONMENTS = '../../../../environments/benchmarks';
export const PACKAGES: Record<BfclClassName, string> = {
  GorillaFileSystem: `${ENVIRONMENTS}/bfcl-gorilla-file-system/src/index.ts`,
  MathAPI: `${ENVIRONMENTS}/bfcl-math-api/src/index.ts`,
  MessageAPI: `${ENVIRONMENTS}/bfcl-message-api/src/index.ts`,
  TwitterAPI: `${ENVIRONMENTS}/bfcl-twitter-api/src/index.ts`,
  TicketAPI: `${ENVIRONMENTS}/bfcl-ticket-api/src/index.ts`,
  TradingBot: `${ENVIRONMENTS}/bfcl-trading-bot/src/index.ts`,
  TravelAPI: `${ENVIRONMENTS}/bfcl-travel-api/src/index.ts`,
  VehicleControlAPI: `${ENVIRONMENTS}/bfcl-vehicle-control-api/src/index.ts`,
};

/** Recorded outputs carry a few markers for Python values JSON lacks; our tools answer plain JSON. */
function decodeRecorded(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeRecorded);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$mpf === 'string' && Object.keys(record).length === 1) return Number(record.$mpf);
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, decodeRecorded(item)]));
}

export interface Tally {
  entries: number;
  finalStates: number;
  turns: number;
  turnStates: number;
  calls: number;
  outputs: number;
}

export function replayEntry(env: Environment, className: string, entry: RecordedEntry, tally: Tally): string[] {
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

export async function loadClassEnvironment(className: BfclClassName): Promise<Environment> {
  try {
    return ((await import(/* @vite-ignore */ new URL(PACKAGES[className], import.meta.url).href)) as { default: Environment }).default;
  } catch (error) {
    throw new Error(`${PACKAGES[className]} is not in this workspace (${(error as Error).message.split('\n')[0]})`);
  }
}

export const emptyTally = (): Tally => ({ entries: 0, finalStates: 0, turns: 0, turnStates: 0, calls: 0, outputs: 0 });
