import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { requireLogin } from './session.js';
import { checkTweetId, requireTweet } from './tweet-records.js';
import { ensureUserStats } from './user-stats.js';

export const retweet = definePostingTool({
  name: 'retweet',
  description:
    'Retweet a tweet (your own included, as often as you like): adds one to its retweet count and to your ' +
    'retweets. Returns {success, message, retweeted_at}.',
  input: z.object({
    tweet_id: anyInteger(),
  }),
  handler: (state, args) => {
    checkTweetId(args.tweet_id);
    const me = requireLogin(state);
    requireTweet(state, args.tweet_id).retweet_count += 1;
    ensureUserStats(state, me).retweets += 1;
    return { success: true, message: 'Successfully retweeted', retweeted_at: state.current_time };
  },
});
