import { defaultNull, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineSanvelloMentalHealthServerTool } from '../scenario.js';
import { requireText } from './required-text.js';
import { recordsOf } from './user-records.js';

export const trackProgress = defineSanvelloMentalHealthServerTool({
  name: 'track_progress',
  description:
    "A user's progress report: overview {total_check_ins, current_streak (check-ins, at most 7), improvement_score " +
    '(average mood)}, mood_trends {weekly_average (the average of the last 7 check-ins, repeated for 7 days), ' +
    "best_day, common_triggers}, journey_progress (each enrollment's step and percent) and a weekly_report. A user " +
    'with no history gets zeros. `metric_type` is accepted but does not narrow the report.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    user_id: z.string(),
    metric_type: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const userId = args.user_id;
    requireText(userId, 'user_id');
    const moods = recordsOf(state.check_ins, ownEntry(state.user_check_in_history, userId) ?? [], {
      list: 'user_check_in_history',
      records: 'check_ins',
      userId,
    }).map((c) => c.mood_rating);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const lastWeek = moods.slice(-7);
    const weekAverage = lastWeek.length > 0 ? sum(lastWeek) / lastWeek.length : 0;
    const enrollments = recordsOf(state.enrollments, ownEntry(state.user_enrollments, userId) ?? [], {
      list: 'user_enrollments',
      records: 'enrollments',
      userId,
    });
    return {
      overview: {
        total_check_ins: moods.length,
        current_streak: Math.min(moods.length, 7),
        improvement_score: sum(moods) / Math.max(moods.length, 1),
      },
      mood_trends: {
        weekly_average: Array.from({ length: 7 }, () => weekAverage),
        best_day: 'Monday',
        common_triggers: ['work stress', 'sleep issues'],
      },
      journey_progress: enrollments.map((e) => ({
        enrollment_id: e.enrollment_id,
        journey_id: e.journey_id,
        current_step: e.current_step,
        progress_percent: e.progress_percent,
      })),
      weekly_report: {
        summary: "You've made progress this week",
        wins: ['Consistent check-ins', 'Started new journey'],
        areas_for_growth: ['Try more coping tools', 'Engage with community'],
      },
    };
  },
});
