import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { requireLogin } from './session.js';
import { checkTweetId, nextFreeId, requireTweet } from './tweet-records.js';

export const addComment = definePostingTool({
  name: 'add_comment',
  description:
    'Comment on a tweet as the logged-in user; the comment gets the next comment id and the scenario time, and the ' +
    "tweet's comment count goes up. Returns {comment_id, tweet_id, username, comment_content, created_at}.",
  input: z.object({
    tweet_id: anyInteger(),
    comment_content: z.string(),
  }),
  handler: (state, args) => {
    checkTweetId(args.tweet_id);
    if (!args.comment_content) throw new ToolError('comment_content must be a non-empty string');
    const me = requireLogin(state);
    const tweet = requireTweet(state, args.tweet_id);
    const [commentId, nextId] = nextFreeId(state.comments, state.next_comment_id);
    state.comments[String(commentId)] = {
      comment_id: commentId,
      tweet_id: args.tweet_id,
      username: me,
      comment_content: args.comment_content,
      created_at: state.current_time,
    };
    state.next_comment_id = nextId;
    tweet.comment_count += 1;
    return {
      comment_id: commentId,
      tweet_id: args.tweet_id,
      username: me,
      comment_content: args.comment_content,
      created_at: state.current_time,
    };
  },
});
