import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineMeditationServerTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const getDailyMeditation = defineMeditationServerTool({
  name: 'get_daily_meditation',
  description:
    "Today's pick for a user: the first meditation of the library, as {meditation_id, title, description, duration, " +
    'recommended_for, theme (its category), new_content, series_info}; recommended_for mentions the mood when one is ' +
    'given. An empty library gives {}. user_id must not be empty.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    user_id: z.string(),
    mood: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.user_id, 'user_id');
    const [first] = Object.values(state.meditations);
    if (!first) return {};
    return {
      meditation_id: first.meditation_id,
      title: first.title,
      description: first.description,
      duration: first.duration_minutes,
      recommended_for: args.mood ? `Based on mood: ${args.mood}` : 'Daily practice',
      theme: first.category,
      new_content: true,
      series_info: {},
    };
  },
});
