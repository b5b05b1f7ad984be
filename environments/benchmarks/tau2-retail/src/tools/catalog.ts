import type { Draft } from '@envfleet/kit';
import { z } from 'zod';
import { pythonDumpsSortedStringMap } from '../python-json.js';
import { defineRetailTool, type RetailDb } from '../scenario.js';
import { getItem, getProduct } from './lookups.js';

export const listAllProductTypes = defineRetailTool({
  name: 'list_all_product_types',
  description:
    'Every product type the shop sells (50 in the standard database), as a JSON text mapping product name to ' +
    'product id, sorted by name. Each product type comes in several items (variants) with their own item ids.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<RetailDb>) => {
    const byName: Record<string, string> = Object.create(null);
    for (const product of Object.values(db.products)) byName[product.name] = product.product_id;
    return pythonDumpsSortedStringMap(byName);
  },
});

export const getProductDetails = defineRetailTool({
  name: 'get_product_details',
  description:
    'A product type with all its items (variants): options, availability and price of each. Takes a product id, ' +
    'which is not an item id.',
  input: z.object({ product_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<RetailDb>, args) => getProduct(db, args.product_id),
});

export const getItemDetails = defineRetailTool({
  name: 'get_item_details',
  description: 'One item (variant): its options, availability and price. Takes an item id, which is not a product id.',
  input: z.object({ item_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<RetailDb>, args) => getItem(db, args.item_id),
});
