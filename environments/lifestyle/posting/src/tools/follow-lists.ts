import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { checkPaging, page } from './paging.js';
import { targetUser } from './target-user.js';

const input = z.object({
  username: z.string().nullable().default(null),
  limit: anyInteger().default(50),
  offset: anyInteger().default(0),
});

export const listFollowing = definePostingTool({
  name: 'list_following',
  description:
    'A page of the accounts a user follows (the logged-in user when username is left out), oldest follow first: ' +
    '{following: [{username, followed_at}]}. limit defaults to 50, offset to 0.',
  input,
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkPaging(args.limit, args.offset);
    const user = targetUser(state, args.username);
    const rels = state.follow_relationships.filter((rel) => rel.follower === user);
    return { following: page(rels, args.limit, args.offset).map((rel) => ({ username: rel.following, followed_at: rel.followed_at })) };
  },
});

export const listFollowers = definePostingTool({
  name: 'list_followers',
  description:
    'A page of the accounts that follow a user (the logged-in user when username is left out), oldest follow first: ' +
    '{followers: [{username, followed_at}]}. limit defaults to 50, offset to 0.',
  input,
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkPaging(args.limit, args.offset);
    const user = targetUser(state, args.username);
    const rels = state.follow_relationships.filter((rel) => rel.following === user);
    return { followers: page(rels, args.limit, args.offset).map((rel) => ({ username: rel.follower, followed_at: rel.followed_at })) };
  },
});
