import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's Canvas scenario, as a student's or teacher's view of the LMS: courses (and
// a name → id map), modules by course id, module items by module id, assignments and students by
// course id, submissions by assignment then student id, and file download URLs by course then file
// id. {} is empty, as in the reference.

export const courseSchema = z.object({
  id: z.string(),
  name: z.string(),
});

export const moduleSchema = z.object({
  module_id: z.string(),
  name: z.string(),
  status: z.string(),
});

export const moduleItemSchema = z.object({
  item_id: z.string(),
  title: z.string(),
  type: z.string(),
  url: z.string(),
});

export const assignmentSchema = z.object({
  assignment_id: z.string(),
  name: z.string(),
  description: z.string().default(''),
  due_date: z.string().default(''),
  submission_status: z.string().default('not_submitted'),
});

export const studentSchema = z.object({
  student_id: z.string(),
  name: z.string(),
  email: z.string(),
  enrollment_status: z.string(),
});

export const submissionSchema = z.object({
  student_id: z.string(),
  student_name: z.string(),
  submitted_at: z.string().default(''),
  submission_status: z.string().default('not_submitted'),
  score: z.number().min(0).default(0),
  graded_at: z.string().default(''),
  workflow_state: z.string().default('unsubmitted'),
});

// The reference's CanvasScenario.
export const scenarioSchema = z.object({
  courses: z.record(z.string(), courseSchema).default(() => ({})),
  course_name_map: z.record(z.string(), z.string()).default(() => ({})),
  modules: z.record(z.string(), z.array(moduleSchema)).default(() => ({})),
  module_items: z.record(z.string(), z.array(moduleItemSchema)).default(() => ({})),
  assignments: z.record(z.string(), z.array(assignmentSchema)).default(() => ({})),
  students: z.record(z.string(), z.array(studentSchema)).default(() => ({})),
  submissions: z.record(z.string(), z.record(z.string(), submissionSchema)).default(() => ({})),
  files: z.record(z.string(), z.record(z.string(), z.string())).default(() => ({})),
});

export type CanvasState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of CanvasState. */
export const defineCanvasTool = toolsFor<CanvasState>();
