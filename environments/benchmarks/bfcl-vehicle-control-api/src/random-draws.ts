import { type Draft, PythonRandom } from '@envfleet/kit';
import type { VehicleState } from './scenario.js';

/** `self._random.uniform(low, high)`: the class's generator, brought back to where it was, draws once more. */
export function drawUniform(state: Draft<VehicleState>, low: number, high: number): number {
  const generator = new PythonRandom(state._random_seed);
  for (let i = 0; i < state._random_draws; i++) generator.random();
  state._random_draws += 1;
  return low + (high - low) * generator.random();
}
