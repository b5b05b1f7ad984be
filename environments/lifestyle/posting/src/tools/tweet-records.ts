import { compareCodePoints, hasEntry, ownEntry, ToolError } from '@envfleet/kit';
import type { PostingState, Tweet } from '../scenario.js';

/** Tweet ids are never negative; the reference refuses one before any other check. */
export function checkTweetId(tweetId: number): void {
  if (tweetId < 0) throw new ToolError('tweet_id must be a non-negative integer');
}

/** The tweet stored under this id, or an error naming it. */
export function requireTweet(state: PostingState, tweetId: number): Tweet {
  const tweet = ownEntry(state.tweets, String(tweetId));
  if (!tweet) throw new ToolError(`Tweet ${tweetId} not found`);
  return tweet;
}

/** Newest first by created_at text; ties keep their stored order (the clock does not move, so ties are common). */
export function newestFirst<T extends { created_at: string }>(items: T[]): T[] {
  return items.sort((a, b) => compareCodePoints(b.created_at, a.created_at));
}

/**
 * The id for a new entry: the counter, or the next free id where a scenario already used it (the
 * reference overwrote the stored entry). Returns the id and the counter's next value.
 */
export function nextFreeId(map: Readonly<Record<string, unknown>>, counter: number): [number, number] {
  let id = counter;
  while (hasEntry(map, String(id))) id += 1;
  return [id, id + 1];
}
