import { PythonRandom, ToolError, type ToolContext } from '@envfleet/kit';
import type { HowToCookState, Recipe } from '../scenario.js';

/**
 * One recipe drawn from `candidates` the way the reference's `random.choice` draws it.
 *
 * The reference seeds Python's global generator once, when a scenario with a random_seed loads, and
 * every recommendation continues that stream — a position the scenario does not record. Here, in a
 * seeded world, every draw is the reference's first draw after loading (the same Mersenne Twister,
 * seeded with random_seed), so a recommendation made before any other one in an episode is exactly
 * the reference's, and the same request always gets the same dish. An unseeded world (the reference
 * draws unseeded there) draws from the episode seed plus the call's index, so repeated requests vary.
 */
export function drawRecipe(state: HowToCookState, candidates: readonly Recipe[], ctx: ToolContext): Recipe {
  if (candidates.length === 0) throw new ToolError('There are no recipes to recommend from; add recipes to the scenario');
  const seed = state.random_seed ?? BigInt(Math.trunc(ctx.seed)) + BigInt(ctx.callIndex);
  const index = new PythonRandom(seed).randint(0, candidates.length - 1);
  return candidates[index] as Recipe;
}
