import { clipText } from '@envfleet/kit';
import { LimitError } from './limits.js';

/**
 * Whether `value` nests objects and arrays more than `limit` levels deep (`{}` and `[]` are one
 * level, a scalar none). Iterative, and it stops at the first branch past the limit: the values it
 * guards against are the ones that would overflow the stack of a recursive walk (JSON.stringify,
 * deep equality, the stores' serialisation), so it must not recurse itself.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  const pending: { value: object; depth: number }[] = [{ value, depth: 1 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.depth > limit) return true;
    for (const member of Object.values(next.value)) {
      if (member !== null && typeof member === 'object') pending.push({ value: member, depth: next.depth + 1 });
    }
  }
  return false;
}

/**
 * Deep enough for every real scenario and argument (the deepest demo world, a file tree, nests 13
 * levels), shallow enough that nothing recursive downstream comes near its stack limit.
 */
export const DEFAULT_MAX_JSON_DEPTH = 128;

/**
 * Refuses a step before anything runs when one of its calls has arguments nested past `limit`:
 * recorded in the trajectory, such arguments would make every later read of it fail.
 */
export function refuseDeepArguments(calls: readonly { name: string; arguments?: unknown }[], limit: number): void {
  calls.forEach((call, index) => {
    if (!nestsDeeperThan(call.arguments, limit)) return;
    const name = clipText(call.name);
    const which = calls.length === 1 ? `The arguments of "${name}"` : `The arguments of call ${index + 1} ("${name}")`;
    throw new LimitError(
      'bad_request',
      `${which} nest deeper than ${limit} levels, the limit set by ENVFLEET_MAX_JSON_DEPTH: nothing was run. Send flatter arguments, or raise ENVFLEET_MAX_JSON_DEPTH`,
      'ENVFLEET_MAX_JSON_DEPTH',
      limit,
    );
  });
}
