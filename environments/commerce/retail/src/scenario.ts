import { z } from 'zod';

// Same fields, patterns and default world as the reference's RetailScenario. The reference checks
// patterns with Unicode-aware \w and \d, hence the property classes.
const WORD = String.raw`\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}`;
const EMAIL = new RegExp(`^[${WORD}.-]+@[${WORD}.-]+\\.[${WORD}]+$`, 'u');
const ZIP_CODE = /^\p{Nd}{5}$/u;
const ORDER_ID = new RegExp(`^#[${WORD}]+$`, 'u');

export const userSchema = z.object({
  user_id: z.string(),
  // { first, last } in practice; any string map loads, as in the reference.
  name: z.record(z.string(), z.string()),
  email: z.string().regex(EMAIL, 'email must look like name@domain.tld'),
  address: z.record(z.string(), z.string()),
  payment_methods: z.array(z.string()).default(() => []),
  order_ids: z.array(z.string()).default(() => []),
  zip_code: z.string().regex(ZIP_CODE, 'zip_code must be five digits'),
});

export const productSchema = z.object({
  product_id: z.string(),
  name: z.string(),
  description: z.string(),
  // The purchasable variants (sizes, colours…) of this product.
  item_ids: z.array(z.string()).default(() => []),
});

export const orderItemSchema = z.object({
  item_id: z.string(),
  product_id: z.string(),
  // normal, returned or exchanged
  status: z.string().default('normal'),
});

export const orderSchema = z.object({
  order_id: z.string().regex(ORDER_ID, 'order_id must be "#" followed by letters, digits or "_"'),
  user_id: z.string(),
  status: z.string(),
  items: z.array(orderItemSchema).default(() => []),
  total_amount: z.number().min(0),
  address: z.record(z.string(), z.string()),
});

export const DEFAULT_CANCELLATION_REASONS = [
  'Changed my mind',
  'Found better price',
  'No longer needed',
  'Ordered by mistake',
  'Shipping too slow',
  'Product unavailable',
  'Payment issues',
  'Address incorrect',
];

export const DEFAULT_PAYMENT_METHODS = ['credit_card', 'paypal', 'alipay', 'wechat_pay'];

export const scenarioSchema = z.object({
  users: z.record(z.string(), userSchema).default(() => ({})),
  products: z.record(z.string(), productSchema).default(() => ({})),
  orders: z.record(z.string(), orderSchema).default(() => ({})),
  valid_cancellation_reasons: z.array(z.string()).default(() => [...DEFAULT_CANCELLATION_REASONS]),
  // The methods the shop accepts: the only list payment arguments are checked against (a user's own
  // registered methods are shown by get_user_details but not enforced).
  payment_methods: z.array(z.string()).default(() => [...DEFAULT_PAYMENT_METHODS]),
});

export type RetailState = z.output<typeof scenarioSchema>;
export type User = z.output<typeof userSchema>;
export type Product = z.output<typeof productSchema>;
export type Order = z.output<typeof orderSchema>;
export type OrderItem = z.output<typeof orderItemSchema>;
