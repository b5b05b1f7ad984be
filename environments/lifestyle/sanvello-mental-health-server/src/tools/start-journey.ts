import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineSanvelloMentalHealthServerTool } from '../scenario.js';
import { claimId } from './numbering.js';
import { requireText } from './required-text.js';

export const startJourney = defineSanvelloMentalHealthServerTool({
  name: 'start_journey',
  description:
    'Enrolls a user in a guided journey at step 1 (0% done) as en_<n>; enrolling again starts another enrollment. ' +
    'Returns {enrollment_id, current_step, progress_percent, weekly_goal: {week, goal}, next_activity: {step, ' +
    'title, description}}. Fails for an unknown journey_id (get_guided_journeys lists them).',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    user_id: z.string(),
    journey_id: z.string(),
  }),
  handler: (state, args) => {
    const { user_id: userId, journey_id: journeyId } = args;
    requireText(userId, 'user_id');
    requireText(journeyId, 'journey_id');
    const journey = ownEntry(state.journeys, journeyId);
    if (!journey) throw new ToolError(`Journey ${journeyId} not found; get_guided_journeys lists the journeys`);
    const { id, next } = claimId(state.enrollments, 'en_', state.next_enrollment_id);
    state.next_enrollment_id = next;
    state.enrollments[id] = { enrollment_id: id, user_id: userId, journey_id: journeyId, current_step: 1, progress_percent: 0 };
    const enrolled = ownEntry(state.user_enrollments, userId) ?? [];
    enrolled.push(id);
    state.user_enrollments[userId] = enrolled;
    return {
      enrollment_id: id,
      current_step: 1,
      progress_percent: 0,
      weekly_goal: { week: 1, goal: `Complete step 1 of ${journey.title}` },
      next_activity: { step: 1, title: 'Introduction', description: 'Begin your journey' },
    };
  },
});
