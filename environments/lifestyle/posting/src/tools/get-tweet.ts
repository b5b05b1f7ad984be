import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { checkTweetId, requireTweet } from './tweet-records.js';

export const getTweet = definePostingTool({
  name: 'get_tweet',
  description:
    'One tweet by id: {tweet_id, username, content, hashtags, mentions, created_at, retweet_count, comment_count}. ' + 'Needs no login.',
  input: z.object({
    tweet_id: anyInteger(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkTweetId(args.tweet_id);
    const { tweet_id, username, content, hashtags, mentions, created_at, retweet_count, comment_count } = requireTweet(
      state,
      args.tweet_id,
    );
    return { tweet_id, username, content, hashtags, mentions, created_at, retweet_count, comment_count };
  },
});
