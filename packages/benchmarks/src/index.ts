// @envfleet/benchmarks — public benchmarks on the fleet: gold answers replayed, rollouts scored the
// way each benchmark scores them.

// τ²-bench
export { actionMatchesCall, scoreTau2Actions } from './tau2/action-match.js';
export type { Tau2ActionCheck, Tau2ActionScore, Tau2GoldAction, Tau2ToolCall } from './tau2/action-match.js';
export { canonicalDigest, canonicalJson } from './tau2/canonical-json.js';
export { replayGoldActions, tau2DatabaseMatches } from './tau2/db-check.js';
export type { Tau2GoldReplay } from './tau2/db-check.js';
