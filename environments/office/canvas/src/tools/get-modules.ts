import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineCanvasTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getModules = defineCanvasTool({
  name: 'get_modules',
  description: "A course's modules in order, each with its id, name and status (locked, unlocked, completed): {modules: [...]}.",
  input: z.object({
    course_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.course_id, 'Course ID');
    return { modules: ownEntry(state.modules, args.course_id) ?? [] };
  },
});
