import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineSanvelloMentalHealthServerTool } from '../scenario.js';

export const getGuidedJourneys = defineSanvelloMentalHealthServerTool({
  name: 'get_guided_journeys',
  description:
    'Lists the guided CBT programs, optionally of one category (empty for all): {journeys: [{journey_id, title, ' +
    'description, category, total_steps, duration_weeks, techniques, clinical_approach}]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    category: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const journeys = Object.values(state.journeys).filter((j) => !args.category || j.category === args.category);
    return { journeys: journeys.map((j) => ({ ...j, techniques: [...j.techniques] })) };
  },
});
