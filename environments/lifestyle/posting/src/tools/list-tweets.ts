import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { checkPaging, page } from './paging.js';
import { sessionUsername } from './session.js';
import { newestFirst } from './tweet-records.js';

export const listTweets = definePostingTool({
  name: 'list_tweets',
  description:
    "A page of tweets, newest first: a user's tweets when username is given; otherwise, when logged in, the " +
    'timeline (your tweets and those of people you follow); otherwise every tweet. limit (default 5) and offset ' +
    '(default 0) must be non-negative. Returns {tweets: [{tweet_id, username, content, created_at, retweet_count, comment_count}]}.',
  input: z.object({
    username: z.string().nullable().default(null),
    limit: anyInteger().default(5),
    offset: anyInteger().default(0),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkPaging(args.limit, args.offset);
    let tweets = Object.values(state.tweets);
    if (args.username) {
      tweets = tweets.filter((tweet) => tweet.username === args.username);
    } else if (state.current_session !== null && Object.keys(state.current_session).length > 0) {
      // An empty session object counts as logged out here (the reference tests its truthiness),
      // while the other tools treat it as a session without a username.
      const me = sessionUsername(state) as string;
      const followed = new Set(state.follow_relationships.filter((rel) => rel.follower === me).map((rel) => rel.following));
      tweets = tweets.filter((tweet) => tweet.username === me || followed.has(tweet.username));
    }
    return {
      tweets: page(newestFirst(tweets), args.limit, args.offset).map(
        ({ tweet_id, username, content, created_at, retweet_count, comment_count }) => ({
          tweet_id,
          username,
          content,
          created_at,
          retweet_count,
          comment_count,
        }),
      ),
    };
  },
});
