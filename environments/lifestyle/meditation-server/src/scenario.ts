import { keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's MeditationServer scenario — a content library (guided meditations, sleep
// content, breathing exercises), the sessions users started, and each user's practice totals.
// {} is an empty library on 1 January 2025.

// Ids of everything the reference stores are restricted to this alphabet, new sessions included.
const identifier = (field: string) => z.string().regex(/^[a-zA-Z0-9_-]+$/u, `${field} may only contain letters, digits, "_" and "-"`);
const timestamp = (field: string) =>
  z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u, `${field} must be YYYY-MM-DDTHH:MM:SS`);

export const meditationSchema = z.object({
  meditation_id: identifier('meditation_id'),
  title: z.string(),
  description: z.string(),
  duration_minutes: z.int().min(1),
  category: z.string(),
  level: z.string(),
  instructor: z.string(),
  technique: z.string(),
  audio_url: z.string(),
  background_music: z.boolean(),
});

export const sleepContentSchema = z.object({
  content_id: identifier('content_id'),
  title: z.string(),
  type: z.string(),
  duration_minutes: z.int().min(1),
  narrator: z.string(),
  description: z.string(),
  sleep_aids: z.array(z.string()).default(() => []),
  rating: z.number().min(0).max(5),
  play_count: z.int().min(0),
});

export const breathingExerciseSchema = z.object({
  exercise_id: identifier('exercise_id'),
  name: z.string(),
  goal: z.string(),
  duration_minutes: z.int().min(1),
  pattern: z.string(),
  instructions: z.array(z.string()),
  visual_guide: z.boolean(),
  haptic_feedback: z.boolean(),
});

export const meditationSessionSchema = z.object({
  session_id: identifier('session_id'),
  meditation_id: identifier('meditation_id'),
  user_id: identifier('user_id'),
  started_at: timestamp('started_at'),
  completed: z.boolean().default(false),
  completion_percent: z.number().min(0).max(100).default(0),
  notes: z.string().nullable().default(null),
});

export const userStatsSchema = z.object({
  user_id: identifier('user_id'),
  total_sessions: z.int().min(0).default(0),
  total_minutes: z.int().min(0).default(0),
  current_streak: z.int().min(0).default(0),
  longest_streak: z.int().min(0).default(0),
  favorite_category: z.string().default(''),
  milestones_achieved: z.array(z.string()).default(() => []),
  weekly_goal_minutes: z.int().min(0).default(0),
});

// The reference's MeditationScenario.
export const scenarioSchema = z.object({
  meditations: keyedRecord(meditationSchema).default(() => ({})),
  sleep_content: keyedRecord(sleepContentSchema).default(() => ({})),
  breathing_exercises: keyedRecord(breathingExerciseSchema).default(() => ({})),
  active_sessions: keyedRecord(meditationSessionSchema).default(() => ({})),
  user_stats: keyedRecord(userStatsSchema).default(() => ({})),
  // Required by the reference; defaulted here so that {} loads.
  current_time: timestamp('current_time').default('2025-01-01T00:00:00'),
});

export type MeditationServerState = z.output<typeof scenarioSchema>;
export type Meditation = z.output<typeof meditationSchema>;

/** defineTool for this environment: handlers receive a typed draft of MeditationServerState. */
export const defineMeditationServerTool = toolsFor<MeditationServerState>();
