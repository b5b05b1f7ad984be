import { anyInteger, formatFixed, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { checkInSchema, defineSanvelloMentalHealthServerTool } from '../scenario.js';
import { claimId } from './numbering.js';
import { requireText } from './required-text.js';
import { recordsOf } from './user-records.js';

/** Coping tools suggested for a mood on the 1-10 scale. */
function toolsForMood(rating: number): string[] {
  if (rating <= 4) return ['breathing', 'grounding'];
  if (rating <= 7) return ['meditation', 'journaling'];
  return ['visualization'];
}

export const dailyCheckIn = defineSanvelloMentalHealthServerTool({
  name: 'daily_check_in',
  description:
    "Records a user's mood check-in (mood_rating 1-10, a non-empty list of feelings, optional notes) as ci_<n>, " +
    "stamped with the current time. Returns {check_in_id, timestamp, insights (the user's average mood to one " +
    'decimal and whether today is below it), recommended_tools (by mood: 1-4, 5-7, 8-10), ' +
    'guided_journey_suggestion ("anxiety" when the feelings include "anxious", else "stress")}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    user_id: z.string(),
    mood_rating: anyInteger(),
    feelings: z.array(z.any()),
    notes: z.string().default(''),
  }),
  handler: (state, args) => {
    const { user_id: userId, mood_rating: rating, feelings } = args;
    requireText(userId, 'user_id');
    if (feelings.length === 0) throw new ToolError('feelings must be a non-empty list, e.g. ["calm"]');
    const { id, next } = claimId(state.check_ins, 'ci_', state.next_check_in_id);
    const checkIn = checkInSchema.safeParse({
      check_in_id: id,
      user_id: userId,
      mood_rating: rating,
      feelings,
      notes: args.notes,
      timestamp: state.current_time,
    });
    if (!checkIn.success) throw new ToolError([...new Set(checkIn.error.issues.map((issue) => issue.message))].join('; '));
    state.next_check_in_id = next;
    state.check_ins[id] = checkIn.data;
    const history = ownEntry(state.user_check_in_history, userId) ?? [];
    history.push(id);
    state.user_check_in_history[userId] = history;

    const moods = recordsOf(state.check_ins, history, {
      list: 'user_check_in_history',
      records: 'check_ins',
      userId,
    }).map((c) => c.mood_rating);
    const average = moods.reduce((sum, mood) => sum + mood, 0) / moods.length;
    const comparison = rating < average ? "Today's mood is below your average." : "Today's mood is at or above your average.";
    return {
      check_in_id: id,
      timestamp: state.current_time,
      insights: `Your average mood is ${formatFixed(average, 1)}. ${comparison}`,
      recommended_tools: toolsForMood(rating),
      guided_journey_suggestion: feelings.includes('anxious') ? 'anxiety' : 'stress',
    };
  },
});
