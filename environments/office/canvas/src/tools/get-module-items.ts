import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineCanvasTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getModuleItems = defineCanvasTool({
  name: 'get_module_items',
  description:
    "A module's items — files, pages, assignments, quizzes, links — with title, type and URL: {items: [...]}. Items " +
    'are found by module id; the course id is checked for presence only, as in the reference.',
  input: z.object({
    course_id: z.string(),
    module_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.course_id, 'Course ID');
    requireText(args.module_id, 'Module ID');
    return { items: ownEntry(state.module_items, args.module_id) ?? [] };
  },
});
