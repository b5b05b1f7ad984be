import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { RetailState } from '../scenario.js';
import { requireText } from './orders.js';

export const listProductTypes = defineTool({
  name: 'list_product_types',
  description: 'List every product in the catalog with its product_id and name.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<RetailState>) => ({
    products: Object.values(state.products).map((product) => ({ product_id: product.product_id, name: product.name })),
  }),
});

export const getProductDetails = defineTool({
  name: 'get_product_details',
  description:
    "A product's name, description and item_ids: the ids of its variants. An item in an order can only be swapped " +
    'or exchanged for another variant of the same product.',
  input: z.object({ product_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<RetailState>, args) => {
    requireText(args.product_id, 'Product ID');
    const product = ownEntry(state.products, args.product_id);
    if (!product) throw new ToolError(`Product ${args.product_id} not found`);
    return { name: product.name, description: product.description, item_ids: product.item_ids };
  },
});
