import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { requireText } from './required-text.js';
import { entryOr } from './stats-record.js';

export const lolGetChampionAnalysis = defineLeagueOfLegendsTool({
  name: 'lol_get_champion_analysis',
  description:
    "A champion's win, pick and ban rates with its builds, counters and synergies: {champion_name, win_rate, pick_rate, " +
    'ban_rate, builds, counters, synergies}. A champion without statistics gets zeros and empty lists. `lane` and `region` ' +
    'are accepted but do not filter.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    champion_name: z.string(),
    lane: z.string().nullable().default(null),
    region: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.champion_name, 'champion_name', 'Ahri');
    const stats = ownEntry(state.champion_stats, args.champion_name) ?? {};
    return {
      champion_name: args.champion_name,
      win_rate: entryOr(stats, 'win_rate', 0),
      pick_rate: entryOr(stats, 'pick_rate', 0),
      ban_rate: entryOr(stats, 'ban_rate', 0),
      builds: entryOr(stats, 'builds', []),
      counters: entryOr(stats, 'counters', []),
      synergies: entryOr(stats, 'synergies', []),
    };
  },
});
