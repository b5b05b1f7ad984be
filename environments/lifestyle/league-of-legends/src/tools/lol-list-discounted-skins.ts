import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { checkLimit, firstUpTo } from './limit.js';

export const lolListDiscountedSkins = defineLeagueOfLegendsTool({
  name: 'lol_list_discounted_skins',
  description: 'Skins on sale with their prices, as stored, the first `limit` when given: {skins: [...]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkLimit(args.limit);
    return { skins: firstUpTo(state.discounted_skins, args.limit) };
  },
});
