import { clipText } from '@envfleet/kit';
import { LimitError } from './limits.js';
import { jsonSize } from './state-size.js';

/**
 * Refuses a step before anything runs when one of its calls has arguments larger than `limit` bytes
 * as JSON. Measured by the same estimate as states (docs/limits.md), and only as far as the limit:
 * an argument of the body's size costs no more to refuse than one of the limit's.
 */
export function refuseLargeArguments(calls: readonly { name: string; arguments?: unknown }[], limit: number): void {
  calls.forEach((call, index) => {
    const size = jsonSize(call.arguments ?? {}, limit);
    if (size <= limit) return;
    const name = clipText(call.name);
    const which = calls.length === 1 ? `The arguments of "${name}"` : `The arguments of call ${index + 1} ("${name}")`;
    throw new LimitError(
      'too_large',
      `${which} are larger than ${limit} bytes as JSON, the limit set by ENVFLEET_MAX_ARGUMENT_BYTES: nothing was run. Send smaller arguments, or raise ENVFLEET_MAX_ARGUMENT_BYTES`,
      'ENVFLEET_MAX_ARGUMENT_BYTES',
      limit,
    );
  });
}
