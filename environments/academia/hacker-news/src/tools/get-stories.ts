import { anyInteger, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineHackerNewsTool } from '../scenario.js';
import { requireText } from './text-argument.js';

const STORY_TYPES = ['top', 'new', 'best', 'ask', 'show', 'job'];

export const getStories = defineHackerNewsTool({
  name: 'getStories',
  description:
    'The stories of a front-page list — top, new, best, ask, show or job — in list order, the first `limit` when a ' +
    'positive limit is given: {stories: [...]}.',
  input: z.object({
    story_type: z.string(),
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.story_type, 'Story type');
    if (!STORY_TYPES.includes(args.story_type)) throw new ToolError(`Invalid story type. Must be one of: ${STORY_TYPES.join(', ')}`);
    const stories = ownEntry(state.categorizedStories, args.story_type) ?? [];
    return { stories: args.limit && args.limit > 0 ? stories.slice(0, args.limit) : stories };
  },
});
