import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { FakeStoreState } from '../scenario.js';
import { listingInput, sortAndLimit } from './listing.js';

export const getAllCarts = defineTool({
  name: 'get_all_carts',
  description:
    'List every shopping cart (id, userId, date, products [{productId, quantity}]) ordered by cart id. ' +
    'sort: "desc" for highest id first, anything else ascending. limit: how many to return (omit or 0 for all).',
  input: listingInput,
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FakeStoreState>, args) => ({
    carts: sortAndLimit(Object.values(state.carts), args.limit, args.sort),
  }),
});

export const getUserCart = defineTool({
  name: 'get_user_cart',
  description: 'The cart of a user, by user id (the first one, by cart id, when a user has several).',
  input: z.object({ user_id: z.int() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FakeStoreState>, args) => {
    const cart = Object.values(state.carts).find((candidate) => candidate.userId === args.user_id);
    if (!cart) throw new ToolError(`Cart for user ${args.user_id} not found`);
    return cart;
  },
});
