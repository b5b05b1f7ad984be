import { z } from 'zod';
import { defineTwitterTool, notAuthenticated } from '../scenario.js';

export const authenticate_twitter = defineTwitterTool({
  name: 'authenticate_twitter',
  description: "Log in with the account's username and password; answers whether it worked.",
  input: z.object({ username: z.string(), password: z.string() }),
  handler: (state, args) => {
    if (args.username !== state.username || args.password !== state.password) return { authentication_status: false };
    state.authenticated = true;
    return { authentication_status: true };
  },
});

export const posting_get_login_status = defineTwitterTool({
  name: 'posting_get_login_status',
  description: 'Tell whether the account is logged in.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ login_status: state.authenticated }),
});

export const follow_user = defineTwitterTool({
  name: 'follow_user',
  description: 'Follow a user by username; answers follow_status false when already following.',
  input: z.object({ username_to_follow: z.string() }),
  handler: (state, args) => {
    if (!state.authenticated) return notAuthenticated('following');
    if (state.following_list.includes(args.username_to_follow)) return { follow_status: false };
    state.following_list.push(args.username_to_follow);
    return { follow_status: true };
  },
});

export const unfollow_user = defineTwitterTool({
  name: 'unfollow_user',
  description: 'Stop following a user; answers unfollow_status false when not following them.',
  input: z.object({ username_to_unfollow: z.string() }),
  handler: (state, args) => {
    if (!state.authenticated) return notAuthenticated('unfollowing');
    const at = state.following_list.indexOf(args.username_to_unfollow);
    if (at === -1) return { unfollow_status: false };
    state.following_list.splice(at, 1);
    return { unfollow_status: true };
  },
});

export const list_all_following = defineTwitterTool({
  name: 'list_all_following',
  description: 'List the usernames the account follows.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => (state.authenticated ? { following_list: state.following_list } : notAuthenticated('listing following')),
});

export const get_user_stats = defineTwitterTool({
  name: 'get_user_stats',
  description:
    "Count a user's tweets and retweets, and how many users they follow (known only for the account's own username, 0 otherwise).",
  input: z.object({ username: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({
    tweet_count: Object.values(state.tweets).filter((tweet) => tweet.username === args.username).length,
    following_count: args.username === state.username ? state.following_list.length : 0,
    retweet_count: Object.hasOwn(state.retweets, args.username) ? state.retweets[args.username]!.length : 0,
  }),
});
