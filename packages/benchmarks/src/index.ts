// @envfleet/benchmarks — public benchmarks on the fleet: gold answers replayed, rollouts scored the
// way each benchmark scores them.

// BFCL v4 multi-turn: call strings, result texts, per-turn checks, canonical state digests
export { BfclCallSyntaxError, parseBfclCall } from './bfcl/parse-call.js';
export type { BfclCall, ParseOptions, PythonLiteral } from './bfcl/parse-call.js';
export { bfclResultText, pythonJsonDumps } from './bfcl/result-text.js';
export { bfclIrrelevanceCheck, bfclMultiTurnCheck, bfclResponseCheck, bfclStateCheck } from './bfcl/checks.js';
export type { BfclCheck, BfclErrorType, BfclModelTurn, BfclTurnRun } from './bfcl/checks.js';
export { canonicalDigest, canonicalJson, jsonEqual, publicAttributes } from './bfcl/canonical.js';
export { goldCalls, runBfclTurns, scoreBfclRollout } from './bfcl/score.js';
export type { BfclEntrySetup, BfclToolCall } from './bfcl/score.js';

// τ²-bench: action match, database check, and the canonical JSON its database digests are taken of
export { actionMatchesCall, scoreTau2Actions } from './tau2/action-match.js';
export type { Tau2ActionCheck, Tau2ActionScore, Tau2GoldAction, Tau2ToolCall } from './tau2/action-match.js';
export { canonicalDigest as tau2CanonicalDigest, canonicalJson as tau2CanonicalJson } from './tau2/canonical-json.js';
export { replayGoldActions, tau2DatabaseMatches } from './tau2/db-check.js';
export type { Tau2GoldReplay } from './tau2/db-check.js';
