import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { addComment } from './tools/add-comment.js';
import { createTweet } from './tools/create-tweet.js';
import { deleteTweet } from './tools/delete-tweet.js';
import { followUser } from './tools/follow-user.js';
import { getTweet } from './tools/get-tweet.js';
import { getTweetComments } from './tools/get-tweet-comments.js';
import { getUserStats } from './tools/get-user-stats.js';
import { listFollowers, listFollowing } from './tools/follow-lists.js';
import { listTweets } from './tools/list-tweets.js';
import { retweet } from './tools/retweet.js';
import { searchTweets } from './tools/search-tweets.js';
import { checkLoginStatus, login, logout } from './tools/session.js';
import { unfollowUser } from './tools/unfollow-user.js';
import { updateTweet } from './tools/update-tweet.js';

export const posting = defineEnvironment({
  name: 'Posting',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    'A small Twitter-like network: log in, post, edit, delete, search and retweet tweets, comment on them, ' +
    'follow and unfollow people, and read timelines, follower lists and per-user counters.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    login,
    logout,
    checkLoginStatus,
    createTweet,
    getTweet,
    listTweets,
    searchTweets,
    updateTweet,
    deleteTweet,
    retweet,
    addComment,
    getTweetComments,
    followUser,
    unfollowUser,
    listFollowing,
    listFollowers,
    getUserStats,
  ],
});

export default posting;
export { scenarioSchema };
export type { PostingState } from './scenario.js';
