import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { checkLimit, firstUpTo } from './limit.js';

export const lolListItems = defineLeagueOfLegendsTool({
  name: 'lol_list_items',
  description: 'In-game items with id, description, gold cost and stats, the first `limit` when given: {items: [...]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkLimit(args.limit);
    const items = Object.values(state.items).map(({ item_id, name, description, gold, stats }) => ({
      item_id,
      name,
      description,
      gold,
      stats,
    }));
    return { items: firstUpTo(items, args.limit) };
  },
});
