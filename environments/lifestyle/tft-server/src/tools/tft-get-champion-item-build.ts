import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTFTServerTool } from '../scenario.js';

export const tftGetChampionItemBuild = defineTFTServerTool({
  name: 'tft_get_champion_item_build',
  description:
    "A champion's recommended items in priority order, each with its win rate: {champion_name, items}. An unknown " +
    'champion gets an empty item list; an empty name is refused.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    champion_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.champion_name) throw new ToolError('champion_name must be a non-empty string, e.g. "Jinx"');
    const build = ownEntry(state.championBuildsMap, args.champion_name);
    if (!build) return { champion_name: args.champion_name, items: [] };
    return { champion_name: build.champion_name, items: build.items };
  },
});
