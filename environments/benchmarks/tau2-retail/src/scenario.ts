import { readFileSync } from 'node:fs';
import { keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// τ²-bench's RetailDB, field for field, so its db.json loads unchanged and saves back in the shape
// its model_dump() gives (optional order fields present as null).

const address = z.object({
  address1: z.string(),
  address2: z.string(),
  city: z.string(),
  country: z.string(),
  state: z.string(),
  zip: z.string(),
});

const variant = z.object({
  item_id: z.string(),
  options: keyedRecord(z.string()),
  available: z.boolean(),
  price: z.number(),
});

const product = z.object({
  name: z.string(),
  product_id: z.string(),
  variants: keyedRecord(variant),
});

const creditCard = z.object({ source: z.literal('credit_card'), id: z.string(), brand: z.string(), last_four: z.string() });
const giftCard = z.object({ source: z.literal('gift_card'), id: z.string(), balance: z.number() });
const paypal = z.object({ source: z.literal('paypal'), id: z.string() });
const paymentMethod = z.union([creditCard, giftCard, paypal]);

const user = z.object({
  user_id: z.string(),
  name: z.object({ first_name: z.string(), last_name: z.string() }),
  address,
  email: z.string(),
  payment_methods: keyedRecord(paymentMethod),
  orders: z.array(z.string()),
});

const orderItem = z.object({
  name: z.string(),
  product_id: z.string(),
  item_id: z.string(),
  price: z.number(),
  options: keyedRecord(z.string()),
});

const orderPayment = z.object({
  transaction_type: z.enum(['payment', 'refund']),
  amount: z.number(),
  payment_method_id: z.string(),
});

export const ORDER_STATUSES = [
  'processed',
  'pending',
  'pending (item modified)',
  'delivered',
  'cancelled',
  'exchange requested',
  'return requested',
] as const;

const order = z.object({
  order_id: z.string(),
  user_id: z.string(),
  address,
  items: z.array(orderItem),
  status: z.enum(ORDER_STATUSES),
  fulfillments: z.array(z.object({ tracking_id: z.array(z.string()), item_ids: z.array(z.string()) })),
  payment_history: z.array(orderPayment),
  cancel_reason: z.enum(['no longer needed', 'ordered by mistake']).nullable().default(null),
  exchange_items: z.array(z.string()).nullable().default(null),
  exchange_new_items: z.array(z.string()).nullable().default(null),
  exchange_payment_method_id: z.string().nullable().default(null),
  exchange_price_difference: z.number().nullable().default(null),
  return_items: z.array(z.string()).nullable().default(null),
  return_payment_method_id: z.string().nullable().default(null),
});

const fields = {
  products: keyedRecord(product),
  users: keyedRecord(user),
  orders: keyedRecord(order),
};

const databaseSchema = z.strictObject(fields);
let shipped: z.output<typeof databaseSchema> | undefined;

/** τ²'s shipped retail database (data/db.json), read and checked on first use rather than on import. */
export function shippedDb(): z.output<typeof databaseSchema> {
  shipped ??= databaseSchema.parse(JSON.parse(readFileSync(new URL('../data/db.json', import.meta.url), 'utf8')));
  return shipped;
}

export const scenarioSchema = z.strictObject({
  products: fields.products.default(() => shippedDb().products),
  users: fields.users.default(() => shippedDb().users),
  orders: fields.orders.default(() => shippedDb().orders),
});

export type RetailDb = z.output<typeof scenarioSchema>;
export type Order = z.output<typeof order>;
export type User = z.output<typeof user>;
export type Product = z.output<typeof product>;
export type Variant = z.output<typeof variant>;
export type PaymentMethod = z.output<typeof paymentMethod>;
export type Address = z.output<typeof address>;

export const defineRetailTool = toolsFor<RetailDb>();
