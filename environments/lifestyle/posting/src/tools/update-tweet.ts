import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { requireLogin } from './session.js';
import { withPrefix } from './tag-prefix.js';
import { checkTweetId, requireTweet } from './tweet-records.js';

export const updateTweet = definePostingTool({
  name: 'update_tweet',
  description:
    'Edit one of your own tweets: each of content, hashtags and mentions that is given replaces the old value ' +
    '(an empty list clears it; a missing # or @ is added). Returns {tweet_id, success, updated_at, updated_fields}; ' +
    'updated_at becomes the scenario time when anything was given.',
  input: z.object({
    tweet_id: anyInteger(),
    content: z.string().nullable().default(null),
    hashtags: z.array(z.string()).nullable().default(null),
    mentions: z.array(z.string()).nullable().default(null),
  }),
  handler: (state, args) => {
    checkTweetId(args.tweet_id);
    const me = requireLogin(state);
    const tweet = requireTweet(state, args.tweet_id);
    if (tweet.username !== me)
      throw new ToolError(`Tweet ${args.tweet_id} belongs to ${tweet.username}: you can only update your own tweets`);
    const updatedFields: string[] = [];
    // Unlike create_tweet, an empty content is accepted here, as in the reference.
    if (args.content !== null) {
      tweet.content = args.content;
      updatedFields.push('content');
    }
    if (args.hashtags !== null) {
      tweet.hashtags = withPrefix(args.hashtags, '#');
      updatedFields.push('hashtags');
    }
    if (args.mentions !== null) {
      tweet.mentions = withPrefix(args.mentions, '@');
      updatedFields.push('mentions');
    }
    if (updatedFields.length > 0) tweet.updated_at = state.current_time;
    return { tweet_id: args.tweet_id, success: true, updated_at: tweet.updated_at, updated_fields: updatedFields };
  },
});
