import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineTFTServerTool } from '../scenario.js';
import { firstUpTo } from './limit.js';

export const tftListAugments = defineTFTServerTool({
  name: 'tft_list_augments',
  description:
    'Augments with tier (Silver, Gold, Prismatic), effect and win rate, the first `limit` when given (0 means all): {augments: [...]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({ augments: firstUpTo(state.augmentsList, args.limit) }),
});
