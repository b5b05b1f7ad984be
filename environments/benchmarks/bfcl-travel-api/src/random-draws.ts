import { type Draft, PythonRandom } from '@envfleet/kit';
import type { TravelState } from './scenario.js';

/**
 * `random.randint(low, high)` from the class's generator, brought back to where it was. Spans up to
 * 2^53 are drawn as Python draws them: getrandbits(k) takes 32-bit words least significant first,
 * keeping only the top bits of the last one, and rejects draws at or above the span.
 */
export function randint(state: Draft<TravelState>, low: number, high: number): number {
  const generator = new PythonRandom(state._random_seed);
  for (let i = 0; i < state._random_words; i++) generator.getrandbits(32);
  const span = high - low + 1;
  const bits = span.toString(2).length;
  const draw = (): number => {
    let value = 0;
    let scale = 1;
    for (let left = bits; left > 0; left -= 32) {
      value += generator.getrandbits(Math.min(left, 32)) * scale;
      state._random_words += 1;
      scale *= 2 ** 32;
    }
    return value;
  };
  let value = draw();
  while (value >= span) value = draw();
  return low + value;
}
