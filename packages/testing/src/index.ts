// @envfleet/testing — support for testing environments and the engine. Not for production code.

// Toy environments for engine and store tests
export { counter, notes, toyCatalog } from './toy-environments.js';

// Running calls the way an episode does
export { replaySeeded } from './replay.js';
export type { Replay, ReplayCall } from './replay.js';

// Arguments from a tool's JSON Schema and a state: plausible, wrongly typed, or random
export { plausibleArguments, randomArguments, wrongTypeValue } from './arguments.js';
export type { Random } from './arguments.js';

// Comparing an environment with the EnvFactory reference (oracle.py, run beside a reference checkout)
export { OracleSession } from './oracle.js';
export type { OracleAnswer, OracleCall, OracleRequest } from './oracle.js';
export { canonical, compareWithOracle } from './compare.js';
export type { Difference } from './compare.js';
