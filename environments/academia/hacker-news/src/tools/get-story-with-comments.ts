import { anyInteger, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineHackerNewsTool } from '../scenario.js';

export const getStoryWithComments = defineHackerNewsTool({
  name: 'getStoryWithComments',
  description:
    'A story by its numeric id with the comment thread: the story fields plus comments, the first `max_comments` ' +
    'when a positive number is given. As in the reference the thread is every comment on file (comments carry no ' +
    'story id), and max_depth has no effect. Fails for an unknown story.',
  input: z.object({
    story_id: anyInteger(),
    max_depth: anyInteger().nullable().default(null),
    max_comments: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const story = ownEntry(state.stories, String(args.story_id));
    if (!story) throw new ToolError(`Story ${args.story_id} not found`);
    const comments = Object.values(state.comments);
    return {
      story_id: story.story_id,
      title: story.title,
      url: story.url,
      author: story.author,
      points: story.points,
      created_at: story.created_at,
      comments: args.max_comments && args.max_comments > 0 ? comments.slice(0, args.max_comments) : comments,
    };
  },
});
