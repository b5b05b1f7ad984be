import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { targetUser } from './target-user.js';
import { ensureUserStats } from './user-stats.js';

export const getUserStats = definePostingTool({
  name: 'get_user_stats',
  description:
    "A user's counters (the logged-in user when username is left out): {username, tweet_count, following_count, " +
    'followers_count, retweet_count}. A user without counters gets zeros, which are then stored in user_stats.',
  input: z.object({
    username: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    const user = targetUser(state, args.username);
    const stats = ensureUserStats(state, user);
    return {
      username: user,
      tweet_count: stats.tweets,
      following_count: stats.following_count,
      followers_count: stats.followers_count,
      retweet_count: stats.retweets,
    };
  },
});
