import { ToolError } from '@envfleet/kit';

// The reference builds whatever it is asked for, so a count such as 10**12 exhausts its memory (or
// never returns). One call may add at most this many rows, or this many cells when adding columns —
// far beyond any real sheet edit, and well inside an episode's state limit.
export const MAX_ADDED_PER_CALL = 1_000_000;

export function requireModestGrowth(added: number, what: 'rows' | 'cells'): void {
  if (added > MAX_ADDED_PER_CALL) {
    throw new ToolError(`This call would add ${added} ${what}; at most ${MAX_ADDED_PER_CALL} can be added per call: use a smaller count`);
  }
}
