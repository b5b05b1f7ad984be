import { anyInteger, containsText, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { checkPaging } from './paging.js';
import { newestFirst } from './tweet-records.js';

export const searchTweets = definePostingTool({
  name: 'search_tweets',
  description:
    'Tweets whose content or one of whose hashtags contains query (case-insensitive), newest first, at most limit ' +
    '(default 5). Needs no login. Returns {tweets: [{tweet_id, username, content, hashtags, created_at, retweet_count, comment_count}]}.',
  input: z.object({
    query: z.string(),
    limit: anyInteger().default(5),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.query) throw new ToolError('query must be a non-empty string');
    checkPaging(args.limit);
    const needle = args.query.toLowerCase();
    const matches = Object.values(state.tweets).filter(
      (tweet) => containsText(tweet.content.toLowerCase(), needle) || tweet.hashtags.some((tag) => containsText(tag.toLowerCase(), needle)),
    );
    return {
      tweets: newestFirst(matches)
        .slice(0, args.limit)
        .map(({ tweet_id, username, content, hashtags, created_at, retweet_count, comment_count }) => ({
          tweet_id,
          username,
          content,
          hashtags,
          created_at,
          retweet_count,
          comment_count,
        })),
    };
  },
});
