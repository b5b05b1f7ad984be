import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

/**
 * A small account, not logged in: three tweets (one with tags to search, one by someone else), a
 * comment and a retweet. Try: authenticate_twitter("maya_codes", "s3cret!"), post_tweet, mention.
 */
export const demo: z.input<typeof scenarioSchema> = {
  username: 'maya_codes',
  password: 's3cret!',
  authenticated: false,
  tweets: {
    '0': { id: 0, username: 'maya_codes', content: 'Shipped the new release today!', tags: ['#release', '#dev'], mentions: [] },
    '1': { id: 1, username: 'maya_codes', content: 'Coffee first, then code.', tags: [], mentions: ['@omar'] },
    '2': { id: 2, username: 'omar_dev', content: 'Release notes are up.', tags: ['#release'], mentions: ['@maya_codes'] },
  },
  comments: { '0': [{ username: 'omar_dev', content: 'Congrats!' }] },
  retweets: { maya_codes: [2] },
  following_list: ['omar_dev', 'priya'],
  tweet_counter: 3,
};
