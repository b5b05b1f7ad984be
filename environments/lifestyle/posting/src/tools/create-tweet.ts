import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { requireLogin } from './session.js';
import { withPrefix } from './tag-prefix.js';
import { nextFreeId } from './tweet-records.js';
import { ensureUserStats } from './user-stats.js';

export const createTweet = definePostingTool({
  name: 'create_tweet',
  description:
    'Post a tweet as the logged-in user, with optional hashtags and mentions (a missing # or @ is added). It gets ' +
    'the next tweet id and the scenario time, and counts toward the author’s tweets. Returns {tweet_id, username, ' +
    'content, hashtags, mentions, created_at}.',
  input: z.object({
    content: z.string(),
    hashtags: z.array(z.string()).nullable().default(null),
    mentions: z.array(z.string()).nullable().default(null),
  }),
  handler: (state, args) => {
    if (!args.content) throw new ToolError('content must be a non-empty string');
    const username = requireLogin(state);
    const [tweetId, nextId] = nextFreeId(state.tweets, state.next_tweet_id);
    const tweet = {
      tweet_id: tweetId,
      username,
      content: args.content,
      hashtags: withPrefix(args.hashtags ?? [], '#'),
      mentions: withPrefix(args.mentions ?? [], '@'),
      created_at: state.current_time,
      updated_at: null,
      retweet_count: 0,
      comment_count: 0,
    };
    state.tweets[String(tweetId)] = tweet;
    state.next_tweet_id = nextId;
    ensureUserStats(state, username).tweets += 1;
    const { tweet_id, content, hashtags, mentions, created_at } = tweet;
    return { tweet_id, username, content, hashtags, mentions, created_at };
  },
});
