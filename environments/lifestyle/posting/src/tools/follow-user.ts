import { hasEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool } from '../scenario.js';
import { requireLogin } from './session.js';
import { ensureUserStats } from './user-stats.js';

export const followUser = definePostingTool({
  name: 'follow_user',
  description:
    'Follow a user as the logged-in user, stamped with the scenario time; both users’ counters follow. Returns ' +
    '{success: true, message, followed_at}, or {success: false, message: "Already following"}. Fails for an ' +
    'unknown user or yourself.',
  input: z.object({
    username: z.string(),
  }),
  handler: (state, args) => {
    if (!args.username) throw new ToolError('username must be a non-empty string');
    const me = requireLogin(state);
    if (!hasEntry(state.users, args.username)) throw new ToolError(`User ${args.username} not found`);
    if (state.follow_relationships.some((rel) => rel.follower === me && rel.following === args.username)) {
      return { success: false, message: 'Already following' };
    }
    if (me === args.username) throw new ToolError('Cannot follow yourself');
    state.follow_relationships.push({ follower: me, following: args.username, followed_at: state.current_time });
    ensureUserStats(state, me).following_count += 1;
    ensureUserStats(state, args.username).followers_count += 1;
    return { success: true, message: 'Successfully followed', followed_at: state.current_time };
  },
});
