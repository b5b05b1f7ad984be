import { defaultNull, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMeditationServerTool, userStatsSchema } from '../scenario.js';
import { requireText } from './required-text.js';

export const logMeditationCompletion = defineMeditationServerTool({
  name: 'log_meditation_completion',
  description:
    "Marks a session completed with the share of it done (0-100) and optional notes, and adds to its user's " +
    "totals: one more session, one more streak day, and that share of the meditation's minutes (rounded down). " +
    'Returns {logged, stats_updated: {total_sessions, current_streak, total_minutes, weekly_goal_progress (% of the ' +
    'weekly goal, 0 without one)}, insights, next_recommendation}. Logging a session again counts it again.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    session_id: z.string(),
    completion_percent: z.number(),
    notes: defaultNull(z.string()),
  }),
  handler: (state, args) => {
    const { session_id: sessionId, completion_percent: percent } = args;
    requireText(sessionId, 'session_id');
    const session = ownEntry(state.active_sessions, sessionId);
    if (!session) throw new ToolError(`Session ${sessionId} not found; start_meditation_session returns the id`);
    // The reference stores any number here, leaving a session (and totals) its own scenario rejects.
    if (!(percent >= 0 && percent <= 100)) throw new ToolError(`completion_percent must be between 0 and 100, got ${percent}`);
    const meditation = ownEntry(state.meditations, session.meditation_id);
    if (!meditation) throw new ToolError(`Meditation ${session.meditation_id} of session ${sessionId} is no longer in the library`);
    session.completed = true;
    session.completion_percent = percent;
    session.notes = args.notes;

    state.user_stats[session.user_id] ??= userStatsSchema.parse({ user_id: session.user_id });
    const stats = state.user_stats[session.user_id] as NonNullable<(typeof state.user_stats)[string]>;
    stats.total_sessions += 1;
    stats.current_streak += 1;
    stats.longest_streak = Math.max(stats.longest_streak, stats.current_streak);
    stats.total_minutes += Math.trunc((meditation.duration_minutes * percent) / 100);
    const weeklyProgress = stats.weekly_goal_minutes > 0 ? (stats.total_minutes / stats.weekly_goal_minutes) * 100 : 0;
    return {
      logged: true,
      stats_updated: {
        total_sessions: stats.total_sessions,
        current_streak: stats.current_streak,
        total_minutes: stats.total_minutes,
        weekly_goal_progress: weeklyProgress,
      },
      insights: 'Great progress on your mindfulness journey',
      next_recommendation: {},
    };
  },
});
