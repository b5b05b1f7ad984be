import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { EtsyState } from '../scenario.js';
import { requireShop } from './shops.js';

export const getReceipts = defineTool({
  name: 'get_receipts',
  description:
    'Order receipts, optionally between min_created and max_created (Unix seconds, inclusive). The shop must exist; ' +
    'receipts are not linked to shops, so every receipt of the marketplace in that window is returned, each with ' +
    'buyer, grand total, status, creation time and transactions.',
  input: z.object({
    shop_id: z.int(),
    min_created: z.int().nullable().default(null),
    max_created: z.int().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<EtsyState>, args) => {
    requireShop(state, args.shop_id);
    const results = Object.values(state.receipts).filter(
      (receipt) =>
        (args.min_created === null || receipt.created_tsz >= args.min_created) &&
        (args.max_created === null || receipt.created_tsz <= args.max_created),
    );
    return { count: results.length, results };
  },
});
