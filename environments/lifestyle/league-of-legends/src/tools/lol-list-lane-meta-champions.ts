import { hasEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { requireText } from './required-text.js';
import { entryOr, isJsonObject, objectAt } from './stats-record.js';

/**
 * The champion's `meta` entry for the lane, if it has one. `meta` should map lanes to {tier, kda};
 * the reference tests membership with Python's `in` first, so a list or text that merely contains
 * the lane, or a `meta` that is no container at all, makes it fail rather than be skipped.
 */
function laneMeta(name: string, meta: unknown, lane: string) {
  if (isJsonObject(meta)) return hasEntry(meta, lane) ? objectAt(meta[lane], `${name}.meta.${lane}`) : undefined;
  const contains = Array.isArray(meta) ? meta.includes(lane) : typeof meta === 'string' ? meta.includes(lane) : true;
  if (!contains) return undefined;
  throw new ToolError(`${name}.meta must map lanes to objects in the scenario's champion_stats; fix the scenario data`);
}

export const lolListLaneMetaChampions = defineLeagueOfLegendsTool({
  name: 'lol_list_lane_meta_champions',
  description:
    'Champions in the current meta for a lane, with their tier there (C when not given), KDA and win, pick and ban rates: ' +
    '{lane, champions: [...]}. `region` and `tier` are accepted but do not filter.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    lane: z.string(),
    region: z.string().nullable().default(null),
    tier: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.lane, 'lane', 'mid');
    const champions = Object.entries(state.champion_stats).flatMap(([name, stats]) => {
      if (!hasEntry(stats, 'meta')) return [];
      const meta = laneMeta(name, stats.meta, args.lane);
      if (!meta) return [];
      return [
        {
          champion_name: name,
          tier: entryOr(meta, 'tier', 'C'),
          win_rate: entryOr(stats, 'win_rate', 0),
          pick_rate: entryOr(stats, 'pick_rate', 0),
          ban_rate: entryOr(stats, 'ban_rate', 0),
          kda: entryOr(meta, 'kda', 0),
        },
      ];
    });
    return { lane: args.lane, champions };
  },
});
