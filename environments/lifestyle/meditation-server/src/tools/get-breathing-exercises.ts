import { anyInteger, defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineMeditationServerTool } from '../scenario.js';

export const getBreathingExercises = defineMeditationServerTool({
  name: 'get_breathing_exercises',
  description:
    'Lists guided breathing exercises, optionally for one goal (relax, energize, sleep, focus, anxiety_relief) and ' +
    'no longer than `duration` minutes: {exercises: [{exercise_id, name, goal, duration_minutes, pattern, ' +
    'instructions, visual_guide, haptic_feedback}]}. Empty or 0 filters are ignored.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    goal: defaultNull(z.string()),
    duration: defaultNull(anyInteger()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const { goal, duration } = args;
    const exercises = Object.values(state.breathing_exercises).filter(
      (e) => (!goal || e.goal === goal) && (!duration || e.duration_minutes <= duration),
    );
    return { exercises: exercises.map((e) => ({ ...e, instructions: [...e.instructions] })) };
  },
});
