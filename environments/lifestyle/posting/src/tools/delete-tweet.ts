import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { requireLogin } from './session.js';
import { checkTweetId, requireTweet } from './tweet-records.js';
import { ensureUserStats } from './user-stats.js';

export const deleteTweet = definePostingTool({
  name: 'delete_tweet',
  description:
    'Delete one of your own tweets and take it off your tweet count (never below 0); its comments stay stored. ' +
    'Returns {tweet_id, success, message}.',
  input: z.object({
    tweet_id: anyInteger(),
  }),
  handler: (state, args) => {
    checkTweetId(args.tweet_id);
    const me = requireLogin(state);
    const tweet = requireTweet(state, args.tweet_id);
    if (tweet.username !== me)
      throw new ToolError(`Tweet ${args.tweet_id} belongs to ${tweet.username}: you can only delete your own tweets`);
    delete state.tweets[String(args.tweet_id)];
    const stats = ensureUserStats(state, tweet.username);
    if (stats.tweets > 0) stats.tweets -= 1;
    return { tweet_id: args.tweet_id, success: true, message: `Tweet ${args.tweet_id} successfully deleted` };
  },
});
