import { z } from 'zod';
import { defineCanvasTool } from '../scenario.js';
import { courseAssignments } from './assignments.js';
import { requireText } from './text-argument.js';

export const getCourseAssignments = defineCanvasTool({
  name: 'get_course_assignments',
  description:
    "A course's assignments, optionally only those whose submission status equals `bucket` (for example " +
    'not_submitted, submitted, graded): {assignments: [{assignment_id, name, description, due_date, submission_status}]}.',
  input: z.object({
    course_id: z.string(),
    bucket: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.course_id, 'Course ID');
    return courseAssignments(state, args.course_id, args.bucket);
  },
});
