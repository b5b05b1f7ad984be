import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { BestBuyState, Product } from '../scenario.js';

export function findProduct(state: Draft<BestBuyState>, sku: number): Draft<Product> {
  const product = state.products[String(sku)];
  if (!product) throw new ToolError(`Product ${sku} not found`);
  return product;
}

export const getProductDetails = defineTool({
  name: 'get_product_details',
  description:
    'Full record of one product by SKU: descriptions, sale and regular price, rating average and count, images, ' +
    'manufacturer and model number, category path and feature list.',
  input: z.object({ sku: z.int() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<BestBuyState>, args) => findProduct(state, args.sku),
});
