import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { requireText } from './required-text.js';
import { entryOr } from './stats-record.js';

export const lolGetChampionSynergies = defineLeagueOfLegendsTool({
  name: 'lol_get_champion_synergies',
  description:
    'Champions that pair well with the given one, from its statistics: {champion_name, synergies}. Empty for a champion ' +
    'without statistics; `lane` is accepted but does not filter.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    champion_name: z.string(),
    lane: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.champion_name, 'champion_name', 'Ahri');
    const stats = ownEntry(state.champion_stats, args.champion_name) ?? {};
    return { champion_name: args.champion_name, synergies: entryOr(stats, 'synergies', []) };
  },
});
