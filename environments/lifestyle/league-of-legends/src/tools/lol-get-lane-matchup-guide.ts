import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { requireText } from './required-text.js';
import { entryOr, objectAt } from './stats-record.js';

export const lolGetLaneMatchupGuide = defineLeagueOfLegendsTool({
  name: 'lol_get_lane_matchup_guide',
  description:
    "A champion's matchups in a lane (opponents with win rates and difficulty), from its statistics' `matchups` by lane: " +
    '{lane, champion_name, matchups}. Empty when unknown; `enemy_champion` is accepted but does not filter.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    lane: z.string(),
    champion_name: z.string(),
    enemy_champion: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.lane, 'lane', 'mid');
    requireText(args.champion_name, 'champion_name', 'Ahri');
    const stats = ownEntry(state.champion_stats, args.champion_name);
    if (!stats) return { lane: args.lane, champion_name: args.champion_name, matchups: [] };
    const byLane = objectAt(entryOr(stats, 'matchups', {}), `${args.champion_name}.matchups`);
    return { lane: args.lane, champion_name: args.champion_name, matchups: entryOr(byLane, args.lane, []) };
  },
});
