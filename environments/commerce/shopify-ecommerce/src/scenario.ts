import { anyInteger, canonicalIntegerText, isIntegerText } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, bounds and default world as the reference's ShopifyScenario. Its maps are keyed by
// integers; JSON keys are strings, so a key is accepted when it reads as an integer ("7", " 07 ",
// "7.0", "1_000") and stored in canonical form ("7"), which is what the reference saves.

export function canonicalIntegerKey(text: string): string {
  return canonicalIntegerText(text.trim());
}

const integerKey = z
  .string()
  .refine((key) => isIntegerText(key.trim(), { bareDot: true }), 'key must be an integer id such as "1"')
  .transform(canonicalIntegerKey);

export const variantSchema = z.object({
  id: anyInteger().min(0),
  title: z.string().default(''),
  price: z.string(),
  sku: z.string().default(''),
  inventory_quantity: anyInteger().min(0).default(0),
});

export const imageSchema = z.object({ src: z.string() });

export const productSchema = z.object({
  id: anyInteger().min(0),
  title: z.string(),
  body_html: z.string().default(''),
  vendor: z.string().default(''),
  product_type: z.string().default(''),
  variants: z.array(variantSchema).default(() => []),
  images: z.array(imageSchema).default(() => []),
});

export const lineItemSchema = z.object({
  title: z.string(),
  quantity: anyInteger().min(1),
  price: z.string(),
  variant_id: anyInteger().min(0).nullable().default(null),
});

export const customerSchema = z.object({
  id: anyInteger().min(0).nullable().default(null),
  email: z.string(),
  first_name: z.string().default(''),
  last_name: z.string().default(''),
  orders_count: anyInteger().min(0).default(0),
  total_spent: z.string().default('0.00'),
});

export const orderSchema = z.object({
  id: anyInteger().min(0),
  name: z.string(),
  total_price: z.string(),
  financial_status: z.string().default('pending'),
  fulfillment_status: z.string().nullable().default(null),
  line_items: z.array(lineItemSchema).default(() => []),
  customer: customerSchema.nullable().default(null),
});

export const scenarioSchema = z.object({
  products: z.record(integerKey, productSchema).default(() => ({})),
  orders: z.record(integerKey, orderSchema).default(() => ({})),
  customers: z.record(integerKey, customerSchema).default(() => ({})),
  next_product_id: anyInteger().min(1).default(1),
  next_order_id: anyInteger().min(1).default(1001),
  next_customer_id: anyInteger().min(1).default(1),
  next_variant_id: anyInteger().min(1).default(1),
});

export type ShopifyState = z.output<typeof scenarioSchema>;
export type Product = z.output<typeof productSchema>;
export type ProductVariant = z.output<typeof variantSchema>;
export type Order = z.output<typeof orderSchema>;
export type OrderLineItem = z.output<typeof lineItemSchema>;
export type Customer = z.output<typeof customerSchema>;
