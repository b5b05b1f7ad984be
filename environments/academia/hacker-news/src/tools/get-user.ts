import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineHackerNewsTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getUser = defineHackerNewsTool({
  name: 'getUser',
  description: "A user's profile by username: {user_id, karma, created, about}. Fails for an unknown user.",
  input: z.object({
    user_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.user_id, 'User ID');
    const user = ownEntry(state.users, args.user_id);
    if (!user) throw new ToolError(`User ${args.user_id} not found`);
    return { user_id: user.user_id, karma: user.karma, created: user.created, about: user.about };
  },
});
