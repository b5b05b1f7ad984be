import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getAssignmentsByCourseName } from './tools/get-assignments-by-course-name.js';
import { getCourseAssignments } from './tools/get-course-assignments.js';
import { getCourses } from './tools/get-courses.js';
import { getFileUrl } from './tools/get-file-url.js';
import { getModuleItems } from './tools/get-module-items.js';
import { getModules } from './tools/get-modules.js';
import { getStudentsInCourse } from './tools/get-students-in-course.js';
import { getSubmissionStatus } from './tools/get-submission-status.js';

export const canvas = defineEnvironment({
  name: 'Canvas',
  domain: 'office',
  version: '0.1.0',
  description:
    "Canvas LMS: list courses, a course's modules and module items, files, assignments (by course id or name), students and submission status.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    getCourses,
    getModules,
    getModuleItems,
    getFileUrl,
    getCourseAssignments,
    getAssignmentsByCourseName,
    getStudentsInCourse,
    getSubmissionStatus,
  ],
});

export default canvas;
export { scenarioSchema };
export type { CanvasState } from './scenario.js';
