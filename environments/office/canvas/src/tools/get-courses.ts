import { z } from 'zod';
import { defineCanvasTool } from '../scenario.js';

export const getCourses = defineCanvasTool({
  name: 'get_courses',
  description: 'The courses available to the user, as {courses: {course name: course id}}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ courses: Object.fromEntries(Object.values(state.courses).map((course) => [course.name, course.id])) }),
});
