import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineCanvasTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getStudentsInCourse = defineCanvasTool({
  name: 'get_students_in_course',
  description: "A course's students with id, name, email and enrollment status (active, invited, inactive): {students: [...]}.",
  input: z.object({
    course_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.course_id, 'Course ID');
    return { students: ownEntry(state.students, args.course_id) ?? [] };
  },
});
