import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineValorantTool } from '../scenario.js';
import { firstUpTo } from './limit.js';

export const valorantListMaps = defineValorantTool({
  name: 'valorant_list_maps',
  description: 'Valorant maps with description, lore location and number of bomb sites, the first `limit` when given: {maps: [...]}.',
  input: z.object({
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({ maps: firstUpTo(Object.values(state.maps), args.limit) }),
});
