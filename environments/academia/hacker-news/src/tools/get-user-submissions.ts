import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineHackerNewsTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getUserSubmissions = defineHackerNewsTool({
  name: 'getUserSubmissions',
  description:
    "A user's stories and comments: {submissions: [{story_id, submission_type, title, url, points, created_at}]}. " +
    'Fails when the user has no submissions on file.',
  input: z.object({
    user_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.user_id, 'User ID');
    const submissions = ownEntry(state.submissions, args.user_id);
    if (!submissions) throw new ToolError(`User ${args.user_id} has no submissions`);
    return { submissions };
  },
});
