import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTFTServerTool } from '../scenario.js';

export const tftListChampionsForItem = defineTFTServerTool({
  name: 'tft_list_champions_for_item',
  description:
    'Champions that make good use of an item, with a synergy score (0-10) and win rate: {champions: [...]}. An unknown ' +
    'item gets an empty list; an empty name is refused.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    item_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.item_name) throw new ToolError('item_name must be a non-empty string, e.g. "Infinity Edge"');
    return { champions: ownEntry(state.itemChampionSynergiesMap, args.item_name) ?? [] };
  },
});
