import { type Draft, PythonRandom, stableHash, type ToolContext } from '@envfleet/kit';
import type { DidiState } from '../scenario.js';

// The reference draws trace ids, order ids, arrival times, driver details and driver positions from
// Python's module-level `random`, seeded once at load with the scenario's random_seed (unseeded when
// it is null), so each draw depends on every draw before it — a position the scenario does not
// record. Here each call gets its own generator, the same Mersenne Twister as Python's, seeded with
// random_seed (the episode seed when it is null) plus the call's index in the episode. The first call
// of an episode therefore draws exactly what the reference draws right after loading a seeded
// scenario; later calls draw reproducibly but not from the reference's continuing stream.
export function callDraws(state: Draft<DidiState> | DidiState, ctx: ToolContext): PythonRandom {
  const base = state.random_seed ?? Math.trunc(ctx.seed);
  return new PythonRandom(BigInt(base) + BigInt(ctx.callIndex));
}

// The reference puts hash(current_time) % 100000 into estimate and order ids; Python salts string
// hashes per process, so a digest of the same text stands in (the kit's stableHash).
export function timeHash(currentTime: string): number {
  return stableHash(currentTime) % 100000;
}
