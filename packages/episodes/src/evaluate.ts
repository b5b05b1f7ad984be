import type { Evaluation } from '@envfleet/contract';
import { diff, type PatchOperation } from './json-patch.js';
import type { TrajectoryEntry } from './types.js';

export interface GroundTruthCall {
  name: string;
  arguments?: unknown;
  /** EnvFactory's per-call list of arguments whose values are not compared. */
  masked_arguments?: string[];
}

export interface EvaluateInput {
  groundTruth: GroundTruthCall[];
  finalConfig: Record<string, unknown>;
  /** Arguments to ignore, by tool name (`Server-tool` or bare). */
  maskedArguments?: Record<string, string[]>;
  tau?: number;
  formatErrors?: number;
}

/** The reward and why, as `POST /v1/episodes/{id}/evaluate` answers it (@envfleet/contract). */
export type { Evaluation } from '@envfleet/contract';

const PENALTY_PER_EXTRA_CALL = 0.05;
const PENALTY_PER_FORMAT_ERROR = 0.05;
const MAX_PENALTY = 0.5;
const RELATIVE_TOLERANCE = 1e-6;

/**
 * The EnvFactory reward. `trace` is 1 when every ground-truth call is matched by a distinct
 * successful episode call with the same name and equal arguments (masked arguments ignored,
 * numbers equal within 1e-6 relative); `state` is the share of ground-truth servers whose state
 * deep-equals finalConfig; penalties are 0.05 per extra call and per format error, each capped at 0.5.
 */
export function evaluateEpisode(
  input: EvaluateInput,
  calls: TrajectoryEntry[],
  states: Record<string, unknown>,
  fullName: (name: string) => string,
  /** Reads arguments as the named tool would (defaults, lax types), so `"5"` and 5 compare equal. */
  readArguments: (name: string, args: unknown) => unknown = (_name, args) => args,
): Evaluation {
  const tau = input.tau ?? 0.5;
  const used = new Set<number>();
  let matchedAll = true;
  for (const truth of input.groundTruth) {
    const name = fullName(truth.name);
    const masked = new Set([
      ...(truth.masked_arguments ?? []),
      ...(input.maskedArguments?.[truth.name] ?? []),
      ...(input.maskedArguments?.[name] ?? []),
    ]);
    const expected = readArguments(name, truth.arguments ?? {});
    const index = calls.findIndex(
      (call, i) =>
        !used.has(i) && !call.isError && call.name === name && argumentsEqual(expected, readArguments(name, call.arguments ?? {}), masked),
    );
    if (index < 0) {
      matchedAll = false;
      break;
    }
    used.add(index);
  }

  const servers = Object.keys(input.finalConfig);
  const patches: Record<string, PatchOperation[]> = {};
  let equalServers = 0;
  for (const server of servers) {
    const ops = diff(states[server], input.finalConfig[server]);
    const meaningful = ops.filter((op) => !(op.op === 'replace' && numbersClose(valueAt(states[server], op.path), op.value)));
    patches[server] = meaningful;
    if (meaningful.length === 0) equalServers += 1;
  }

  const trace = matchedAll ? 1 : 0;
  const state = servers.length === 0 ? 1 : equalServers / servers.length;
  const lengthPenalty = round(Math.min(MAX_PENALTY, Math.max(0, calls.length - input.groundTruth.length) * PENALTY_PER_EXTRA_CALL));
  const formatPenalty = round(Math.min(MAX_PENALTY, Math.max(0, input.formatErrors ?? 0) * PENALTY_PER_FORMAT_ERROR));
  const reward = round(Math.max(0, tau * trace + (1 - tau) * state - lengthPenalty - formatPenalty));
  return { reward, trace, state, lengthPenalty, formatPenalty, diff: patches };
}

function argumentsEqual(expected: unknown, actual: unknown, masked: Set<string>): boolean {
  if (!isObject(expected) || !isObject(actual)) return valuesEqual(expected, actual);
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of keys) {
    if (masked.has(key)) continue;
    if (!valuesEqual(expected[key] ?? null, actual[key] ?? null)) return false;
  }
  return true;
}

function valuesEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return numbersClose(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && valuesEqual(a[k], b[k]));
  }
  return a === b;
}

function numbersClose(a: unknown, b: unknown): boolean {
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  if (a === b) return true;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Rewards are sums of multiples of 0.05: round away float noise such as 0.30000000000000004.
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
