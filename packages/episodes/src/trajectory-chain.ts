import type { TrajectoryEntry } from './types.js';

/**
 * A trajectory as a chain of immutable links, one per write, newest first. Trajectories only grow
 * at the end, so a snapshot, a restore or a fork holds a link — O(1) — and every version of the
 * history shares the links it has in common with the others. Reading one walks its links.
 */
export interface TrajectoryLink {
  readonly entries: readonly TrajectoryEntry[];
  readonly previous: TrajectoryLink | undefined;
  /** Entries from the first link to this one, inclusive. */
  readonly length: number;
}

/** The trajectory `head` followed by `entries` (the same head when there are none). */
export function extend(head: TrajectoryLink | undefined, entries: readonly TrajectoryEntry[]): TrajectoryLink | undefined {
  if (entries.length === 0) return head;
  return { entries: [...entries], previous: head, length: (head?.length ?? 0) + entries.length };
}

/** Every entry of the trajectory, oldest first, in a new array. */
export function entriesOf(head: TrajectoryLink | undefined): TrajectoryEntry[] {
  const out = new Array<TrajectoryEntry>(head?.length ?? 0);
  for (let link = head; link; link = link.previous) {
    const start = link.length - link.entries.length;
    for (let i = 0; i < link.entries.length; i++) out[start + i] = link.entries[i] as TrajectoryEntry;
  }
  return out;
}
