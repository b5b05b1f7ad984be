import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { entryOr } from './stats-record.js';

const MAX_NAMES = 10;

export const lolListChampionDetails = defineLeagueOfLegendsTool({
  name: 'lol_list_champion_details',
  description:
    'Full profiles of up to 10 champions: name, title, roles, difficulty and, from their statistics, abilities, tips, lore ' +
    'and base stats: {champions: [...]}, in the order asked (repeats included); unknown names are skipped.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    champion_names: z.array(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const names = args.champion_names;
    if (names.length === 0) throw new ToolError('champion_names must list at least one champion, e.g. ["Ahri"]');
    if (names.length > MAX_NAMES) {
      throw new ToolError(`champion_names lists ${names.length} champions; ask for at most ${MAX_NAMES} at once`);
    }
    const champions = names.flatMap((name) => {
      const champion = ownEntry(state.champions, name);
      if (!champion) return [];
      const stats = ownEntry(state.champion_stats, name) ?? {};
      return [
        {
          name: champion.name,
          title: champion.title,
          roles: champion.roles,
          difficulty: champion.difficulty,
          abilities: entryOr(stats, 'abilities', []),
          tips: entryOr(stats, 'tips', []),
          lore: entryOr(stats, 'lore', ''),
          stats: entryOr(stats, 'stats', {}),
        },
      ];
    });
    return { champions };
  },
});
