import { z } from 'zod';

// Same fields and constraints as the reference's EbayScenario.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const timestamp = (field: string) => z.string().regex(TIMESTAMP, `${field} must be YYYY-MM-DDTHH:MM:SS (no zone, no fraction)`);

/** The reference requires `current_time`; an empty world starts at the envfleet epoch instead. */
export const DEFAULT_CURRENT_TIME = '2025-01-01T00:00:00';

export const priceSchema = z.object({
  value: z.number().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/, 'currency must be a three-letter ISO 4217 code such as USD'),
});

export const sellerSchema = z.object({
  username: z.string(),
  feedback_score: z.int().min(0),
  feedback_percentage: z.number().min(0).max(100).nullable().default(null),
});

export const itemSchema = z.object({
  item_id: z.string(),
  title: z.string(),
  description: z.string(),
  price: priceSchema,
  condition: z.string(),
  seller: sellerSchema,
  images: z.array(z.string()).default(() => []),
  item_specifics: z.record(z.string(), z.any()).default(() => ({})),
  shipping_options: z.array(z.record(z.string(), z.any())).default(() => []),
  return_policy: z.record(z.string(), z.any()).default(() => ({})),
});

export const listingSchema = z.object({
  listing_id: z.string(),
  status: z.string(),
  created_at: timestamp('created_at'),
  url: z.string(),
});

export const orderSchema = z.object({
  order_id: z.string(),
  status: z.string(),
  buyer: z.object({ username: z.string(), email: z.string() }),
  items: z.array(z.record(z.string(), z.any())).default(() => []),
  total: priceSchema,
  shipping_address: z.record(z.string(), z.any()).default(() => ({})),
  created_at: timestamp('created_at'),
});

export const categorySchema = z.object({
  category_id: z.string(),
  name: z.string(),
  parent_id: z.string().nullable().default(null),
  level: z.int().min(0),
});

export const scenarioSchema = z.object({
  items: z.record(z.string(), itemSchema).default(() => ({})),
  listings: z.record(z.string(), listingSchema).default(() => ({})),
  orders: z.record(z.string(), orderSchema).default(() => ({})),
  categories: z.record(z.string(), categorySchema).default(() => ({})),
  current_time: timestamp('current_time').default(DEFAULT_CURRENT_TIME),
});

export type EbayState = z.output<typeof scenarioSchema>;
export type Item = z.output<typeof itemSchema>;
export type Listing = z.output<typeof listingSchema>;
