import { type Draft, PythonRandom } from '@envfleet/kit';
import type { TradingState } from './scenario.js';

// TradingBot's fixed "now": 1 September 2024, 10:30. BFCL turns it into epoch seconds and back in
// the host's local time zone; this port takes the zone to be UTC (the recording was made in UTC).
const NOW_SECONDS = Date.UTC(2024, 8, 1, 10, 30) / 1000;
const DAY_SECONDS = 86_400;

/** `random.randint(low, high)` from the class's generator, brought back to where it was. */
function randint(state: Draft<TradingState>, low: number, high: number): number {
  const generator = new PythonRandom(state._random_seed);
  for (let i = 0; i < state._random_words; i++) generator.getrandbits(32);
  const span = high - low + 1;
  const bits = span.toString(2).length;
  let draw: number;
  do {
    draw = generator.getrandbits(bits);
    state._random_words += 1;
  } while (draw >= span);
  return low + draw;
}

/** A transaction time somewhere in the day after "now", as `_generate_transaction_timestamp` draws it. */
export function transactionTimestamp(state: Draft<TradingState>): string {
  const seconds = randint(state, NOW_SECONDS, NOW_SECONDS + DAY_SECONDS);
  return new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
}
