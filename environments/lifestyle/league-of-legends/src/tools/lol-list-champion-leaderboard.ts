import { anyInteger, hasEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { checkLimit, firstUpTo } from './limit.js';
import { byRank } from './rank-order.js';
import { entryOr, objectAt } from './stats-record.js';

export const lolListChampionLeaderboard = defineLeagueOfLegendsTool({
  name: 'lol_list_champion_leaderboard',
  description:
    'Champions that have a leaderboard entry in their statistics, by rank, with win, pick and ban rates, the first `limit` ' +
    'when given: {leaderboard: [...]}. `lane`, `region` and `tier` are accepted but do not filter.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    lane: z.string().nullable().default(null),
    region: z.string().nullable().default(null),
    tier: z.string().nullable().default(null),
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkLimit(args.limit);
    const entries = Object.entries(state.champion_stats).flatMap(([name, stats]) => {
      if (!hasEntry(stats, 'leaderboard')) return [];
      const leaderboard = objectAt(stats.leaderboard, `${name}.leaderboard`);
      return [
        {
          rank: entryOr(leaderboard, 'rank', 0),
          champion_name: name,
          win_rate: entryOr(stats, 'win_rate', 0),
          pick_rate: entryOr(stats, 'pick_rate', 0),
          ban_rate: entryOr(stats, 'ban_rate', 0),
        },
      ];
    });
    return { leaderboard: firstUpTo(byRank(entries), args.limit) };
  },
});
