import { anyInteger, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineValorantTool } from '../scenario.js';
import { firstUpTo } from './limit.js';

export const valorantListLeaderboard = defineValorantTool({
  name: 'valorant_list_leaderboard',
  description:
    "A region's ranked leaderboard (ap, br, eu, kr, latam, na): rank, player, rating, wins and tier, the first `limit` when given.",
  input: z.object({
    region: z.string(),
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.region) throw new ToolError('Region must be a non-empty string');
    return { leaderboard: firstUpTo(ownEntry(state.leaderboards, args.region) ?? [], args.limit) };
  },
});
