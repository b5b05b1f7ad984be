import { defaultNull, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMeditationServerTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const getMeditationStats = defineMeditationServerTool({
  name: 'get_meditation_stats',
  description:
    "A user's practice totals: {total_sessions, total_minutes, current_streak, longest_streak, favorite_category, " +
    'average_session_length (minutes per session, 0 before the first), milestones_achieved, mindfulness_score ' +
    '(5 per session + 10 per streak day, at most 100)}. `period` is accepted but the totals are all-time. Fails for ' +
    'a user with no recorded practice.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    user_id: z.string(),
    period: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.user_id, 'user_id');
    const stats = ownEntry(state.user_stats, args.user_id);
    if (!stats) throw new ToolError(`User ${args.user_id} not found; users appear once they log a completed session`);
    return {
      total_sessions: stats.total_sessions,
      total_minutes: stats.total_minutes,
      current_streak: stats.current_streak,
      longest_streak: stats.longest_streak,
      favorite_category: stats.favorite_category,
      average_session_length: stats.total_sessions > 0 ? stats.total_minutes / stats.total_sessions : 0,
      milestones_achieved: [...stats.milestones_achieved],
      mindfulness_score: Math.min(100, stats.total_sessions * 5 + stats.current_streak * 10),
    };
  },
});
