import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineTFTServerTool } from '../scenario.js';
import { firstUpTo } from './limit.js';

export const tftListItemCombinations = defineTFTServerTool({
  name: 'tft_list_item_combinations',
  description:
    'Item recipes: two components, the completed item and its effect, the first `limit` when given (0 means all): {combinations: [...]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({ combinations: firstUpTo(state.itemCombinationsList, args.limit) }),
});
