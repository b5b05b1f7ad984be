import { keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's SanvelloMentalHealthServer scenario — mood check-ins, guided CBT journeys
// and the enrollments in them, coping tools, peer groups, each user's check-in and enrollment ids in
// order, and the counters new ids are numbered from. {} is an empty app on 1 January 2025.
const timestamp = (field: string) =>
  z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u, `${field} must be YYYY-MM-DDTHH:MM:SS`);

export const checkInSchema = z.object({
  check_in_id: z.string(),
  user_id: z.string(),
  mood_rating: z.int().min(1, 'mood_rating must be between 1 and 10').max(10, 'mood_rating must be between 1 and 10'),
  feelings: z.array(z.string('every feeling must be a string')),
  notes: z.string().default(''),
  timestamp: timestamp('timestamp'),
});

export const journeySchema = z.object({
  journey_id: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.string(),
  total_steps: z.int().min(1),
  duration_weeks: z.int().min(1),
  techniques: z.array(z.string()),
  clinical_approach: z.string(),
});

export const enrollmentSchema = z.object({
  enrollment_id: z.string(),
  user_id: z.string(),
  journey_id: z.string(),
  current_step: z.int().min(1),
  progress_percent: z.number().min(0).max(100),
});

export const copingToolSchema = z.object({
  tool_id: z.string(),
  name: z.string(),
  type: z.string(),
  duration_minutes: z.int().min(1),
  description: z.string(),
  instructions: z.array(z.string()),
  for_crisis: z.boolean(),
});

export const communityGroupSchema = z.object({
  group_id: z.string(),
  group_name: z.string(),
  topic: z.string(),
  member_count: z.int().min(0),
  moderated: z.boolean(),
  guidelines: z.string(),
});

// The reference's SanvelloScenario.
export const scenarioSchema = z.object({
  check_ins: keyedRecord(checkInSchema).default(() => ({})),
  journeys: keyedRecord(journeySchema).default(() => ({})),
  enrollments: keyedRecord(enrollmentSchema).default(() => ({})),
  coping_tools: keyedRecord(copingToolSchema).default(() => ({})),
  community_groups: keyedRecord(communityGroupSchema).default(() => ({})),
  user_check_in_history: keyedRecord(z.array(z.string())).default(() => ({})),
  user_enrollments: keyedRecord(z.array(z.string())).default(() => ({})),
  // Required by the reference; defaulted here so that {} loads.
  current_time: timestamp('current_time').default('2025-01-01T00:00:00'),
  next_check_in_id: z.int().min(1).default(1),
  next_enrollment_id: z.int().min(1).default(1),
});

export type SanvelloMentalHealthServerState = z.output<typeof scenarioSchema>;
export type CheckIn = z.output<typeof checkInSchema>;

/** defineTool for this environment: handlers receive a typed draft of SanvelloMentalHealthServerState. */
export const defineSanvelloMentalHealthServerTool = toolsFor<SanvelloMentalHealthServerState>();
