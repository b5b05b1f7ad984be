// @envfleet/benchmarks — public benchmarks on the fleet, scored the way each benchmark scores.

// BFCL v4 multi-turn: call strings, result texts, per-turn checks, canonical state digests
export { BfclCallSyntaxError, parseBfclCall } from './bfcl/parse-call.js';
export type { BfclCall, ParseOptions, PythonLiteral } from './bfcl/parse-call.js';
export { bfclResultText, pythonJsonDumps } from './bfcl/result-text.js';
export { bfclIrrelevanceCheck, bfclMultiTurnCheck, bfclResponseCheck, bfclStateCheck } from './bfcl/checks.js';
export type { BfclCheck, BfclErrorType, BfclModelTurn, BfclTurnRun } from './bfcl/checks.js';
export { canonicalDigest, canonicalJson, jsonEqual, publicAttributes } from './bfcl/canonical.js';
export { goldCalls, runBfclTurns, scoreBfclRollout } from './bfcl/score.js';
export type { BfclEntrySetup, BfclToolCall } from './bfcl/score.js';
