import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { requireLogin } from './session.js';
import { ensureUserStats } from './user-stats.js';

export const unfollowUser = definePostingTool({
  name: 'unfollow_user',
  description:
    'Stop following a user: removes the follow and lowers both users’ counters (never below 0). Returns ' +
    '{success: true, message}, or {success: false, message: "Not following"}.',
  input: z.object({
    username: z.string(),
  }),
  handler: (state, args) => {
    if (!args.username) throw new ToolError('username must be a non-empty string');
    const me = requireLogin(state);
    const index = state.follow_relationships.findIndex((rel) => rel.follower === me && rel.following === args.username);
    if (index === -1) return { success: false, message: 'Not following' };
    state.follow_relationships.splice(index, 1);
    // Stats of both sides are created on first use, in this order, as the reference does.
    const mine = ensureUserStats(state, me);
    const theirs = ensureUserStats(state, args.username);
    if (mine.following_count > 0) mine.following_count -= 1;
    if (theirs.followers_count > 0) theirs.followers_count -= 1;
    return { success: true, message: 'Successfully unfollowed' };
  },
});
