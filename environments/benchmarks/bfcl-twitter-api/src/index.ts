import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import {
  authenticate_twitter,
  follow_user,
  get_user_stats,
  list_all_following,
  posting_get_login_status,
  unfollow_user,
} from './tools/account.js';
import { comment, get_tweet, get_tweet_comments, get_user_tweets, mention, post_tweet, retweet, search_tweets } from './tools/tweets.js';

export const bfclTwitterApi = defineEnvironment({
  name: 'BfclTwitterAPI',
  domain: 'benchmarks',
  version: '0.1.0',
  description:
    "BFCL v4 multi-turn's TwitterAPI (posting_api.py) under BFCL's own tool and argument names: one account that logs in, posts, retweets, " +
    "comments, mentions and follows, with tweet search and user statistics. Loads a BFCL entry's initial_config.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    authenticate_twitter,
    posting_get_login_status,
    post_tweet,
    retweet,
    comment,
    mention,
    follow_user,
    list_all_following,
    unfollow_user,
    get_tweet,
    get_user_tweets,
    search_tweets,
    get_tweet_comments,
    get_user_stats,
  ],
});

export default bfclTwitterApi;
export { scenarioSchema };
export type { BfclTwitterApiState } from './scenario.js';
