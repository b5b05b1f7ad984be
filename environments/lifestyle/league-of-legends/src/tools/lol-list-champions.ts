import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { checkLimit, firstUpTo } from './limit.js';

export const lolListChampions = defineLeagueOfLegendsTool({
  name: 'lol_list_champions',
  description: 'Champions with title, roles and difficulty (1-10), the first `limit` when given: {champions: [...]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkLimit(args.limit);
    const champions = Object.values(state.champions).map(({ name, title, roles, difficulty }) => ({ name, title, roles, difficulty }));
    return { champions: firstUpTo(champions, args.limit) };
  },
});
