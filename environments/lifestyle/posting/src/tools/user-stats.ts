import { hasEntry, ownEntry } from '@envfleet/kit';
import type { PostingState } from '../scenario.js';

export type StatName = 'tweets' | 'following_count' | 'followers_count' | 'retweets';
const STAT_NAMES: readonly StatName[] = ['tweets', 'following_count', 'followers_count', 'retweets'];

/**
 * A user's counters, created (or completed) with zeros on first use, as the reference does — even
 * when only reading them, so get_user_stats adds an entry to user_stats.
 */
export function ensureUserStats(state: PostingState, username: string): Record<StatName, number> {
  let stats = ownEntry(state.user_stats, username);
  if (stats === undefined) {
    stats = {};
    state.user_stats[username] = stats;
  }
  for (const name of STAT_NAMES) {
    if (!hasEntry(stats, name)) stats[name] = 0;
  }
  return stats as Record<StatName, number>;
}
