import { anyInteger, defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { ProductVariant, ShopifyState } from '../scenario.js';
import { firstPage } from './limits.js';
import { type Issues, readInteger, readText } from './loose-values.js';

export const getProducts = defineTool({
  name: 'get_products',
  description:
    "List the store's products (id, title, body_html, vendor, product_type, variants with price/SKU/stock, images) " +
    'in catalogue order. vendor and product_type filter by exact, case-sensitive match; limit defaults to 10 and is ' +
    'capped at 250.',
  input: z.object({
    limit: anyInteger().default(10),
    vendor: z.string().nullable().default(null),
    product_type: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<ShopifyState>, args) => {
    let products = Object.values(state.products);
    if (args.vendor) products = products.filter((p) => p.vendor === args.vendor);
    if (args.product_type) products = products.filter((p) => p.product_type === args.product_type);
    return { products: firstPage(products, args.limit) };
  },
});

// Missing variant fields take these values; a field that is present must have the right type.
function buildVariant(raw: Record<string, unknown>, id: number, position: number): ProductVariant {
  const issues: Issues = [];
  const field = (name: string, fallback: unknown) => (Object.hasOwn(raw, name) ? raw[name] : fallback);
  const variant = {
    id,
    title: readText(field('title', 'Default'), 'title', issues),
    price: readText(field('price', '0.00'), 'price', issues),
    sku: readText(field('sku', ''), 'sku', issues),
    inventory_quantity: readInteger(field('inventory_quantity', 0), 'inventory_quantity', issues, 0),
  };
  if (issues.length > 0) throw new ToolError(`Variant ${position}: ${issues.join('; ')}`);
  return variant;
}

export const createProduct = defineTool({
  name: 'create_product',
  description:
    'Add a product to the catalogue. Optional body_html (HTML description), vendor, product_type and variants: a ' +
    'list of objects with title (default "Default"), price as a string such as "19.99" (default "0.00"), sku and ' +
    'inventory_quantity (default 0). Product and variant ids are assigned by the store. Returns {product: {id, ' +
    'title, body_html, vendor, product_type}}.',
  input: z.object({
    title: z.string(),
    body_html: z.string().nullable().default(null),
    vendor: z.string().nullable().default(null),
    product_type: z.string().nullable().default(null),
    variants: z.array(z.record(z.string(), z.any())).nullable().default(null),
  }),
  handler: (state: Draft<ShopifyState>, args) => {
    if (!args.title) throw new ToolError('Title must be a non-empty string');
    const id = state.next_product_id;
    state.next_product_id += 1;
    const variants = (args.variants ?? []).map((raw, index) => {
      const variantId = state.next_variant_id;
      state.next_variant_id += 1;
      return buildVariant(raw, variantId, index + 1);
    });
    const product = {
      id,
      title: args.title,
      body_html: args.body_html || '',
      vendor: args.vendor || '',
      product_type: args.product_type || '',
      variants,
      images: [],
    };
    state.products[String(id)] = product;
    return {
      product: { id, title: product.title, body_html: product.body_html, vendor: product.vendor, product_type: product.product_type },
    };
  },
});
