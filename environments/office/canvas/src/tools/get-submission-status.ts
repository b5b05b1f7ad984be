import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineCanvasTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getSubmissionStatus = defineCanvasTool({
  name: 'get_submission_status',
  description:
    'Submissions for an assignment, by student id — status, submission and grading times, score and workflow ' +
    "state — or only one student's when student_id is given: {submissions: {student id: {...}}}.",
  input: z.object({
    course_id: z.string(),
    assignment_id: z.string(),
    student_id: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.course_id, 'Course ID');
    requireText(args.assignment_id, 'Assignment ID');
    const submissions = ownEntry(state.submissions, args.assignment_id) ?? {};
    if (!args.student_id) return { submissions };
    const one = ownEntry(submissions, args.student_id);
    return { submissions: one ? { [args.student_id]: one } : {} };
  },
});
