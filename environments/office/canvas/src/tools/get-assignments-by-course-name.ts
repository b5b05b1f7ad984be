import { containsText } from '@envfleet/kit';
import { z } from 'zod';
import { defineCanvasTool } from '../scenario.js';
import { courseAssignments } from './assignments.js';
import { requireText } from './text-argument.js';

export const getAssignmentsByCourseName = defineCanvasTool({
  name: 'get_assignments_by_course_name',
  description:
    "The assignments of the first course whose name contains the text (case-insensitive, in the course-name map's " +
    'order), optionally by submission status; no assignments when no course matches.',
  input: z.object({
    course_name: z.string(),
    bucket: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.course_name, 'Course name');
    const wanted = args.course_name.toLowerCase();
    const match = Object.entries(state.course_name_map).find(([name]) => containsText(name.toLowerCase(), wanted));
    if (!match?.[1]) return { assignments: [] };
    return courseAssignments(state, match[1], args.bucket);
  },
});
