import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { checkPaging, page } from './paging.js';
import { checkTweetId, newestFirst, requireTweet } from './tweet-records.js';

export const getTweetComments = definePostingTool({
  name: 'get_tweet_comments',
  description:
    "A page of a tweet's comments, newest first (limit default 50, offset default 0). Needs no login. " +
    'Returns {comments: [{comment_id, tweet_id, username, comment_content, created_at}]}.',
  input: z.object({
    tweet_id: anyInteger(),
    limit: anyInteger().default(50),
    offset: anyInteger().default(0),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkTweetId(args.tweet_id);
    checkPaging(args.limit, args.offset);
    requireTweet(state, args.tweet_id);
    const comments = Object.values(state.comments).filter((comment) => comment.tweet_id === args.tweet_id);
    return {
      comments: page(newestFirst(comments), args.limit, args.offset).map(
        ({ comment_id, tweet_id, username, comment_content, created_at }) => ({
          comment_id,
          tweet_id,
          username,
          comment_content,
          created_at,
        }),
      ),
    };
  },
});
