import { isIntegerText, withoutUnderscores } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, constraints and (empty) default world as the reference's EtsyScenario.

// JSON object keys are strings; the reference reads these ids as integers, so "007" and "+7" name
// id 7. Keys are stored in that canonical form.
export const idKey = z
  .string()
  .trim()
  .refine((key) => isIntegerText(key, { bareDot: true }), 'keys must be integer ids')
  .transform((key) => String(Math.trunc(Number(withoutUnderscores(key)))));

const currency = z.string().regex(/^[A-Z]{3}$/, 'currency must be a three-letter ISO code such as USD');

export const priceSchema = z.object({
  amount: z.number().min(0),
  currency,
});

/** A listing's price in minor units: the amount to show is amount / divisor. */
export const priceWithDivisorSchema = z.object({
  amount: z.number().min(0),
  currency,
  divisor: z.int().positive(),
});

export const shopSchema = z.object({
  shop_id: z.int().min(0),
  shop_name: z.string(),
  url: z.string(),
  rating: z.number().min(0).max(5),
});

export const imageSchema = z.object({
  url: z.string(),
  full_height: z.int().positive(),
  full_width: z.int().positive(),
});

export const listingSchema = z.object({
  listing_id: z.int().min(0),
  title: z.string(),
  description: z.string(),
  price: priceWithDivisorSchema,
  quantity: z.int().min(0),
  shop: shopSchema,
  images: z.array(imageSchema).default(() => []),
  tags: z.array(z.string()).default(() => []),
  materials: z.array(z.string()).default(() => []),
  shipping_profile: z.record(z.string(), z.any()).default(() => ({})),
});

export const receiptSchema = z.object({
  receipt_id: z.int().min(0),
  buyer_email: z.string(),
  name: z.string(),
  grandtotal: priceSchema,
  status: z.string(),
  created_tsz: z.number().min(0),
  transactions: z.array(z.record(z.string(), z.any())).default(() => []),
});

export const scenarioSchema = z.object({
  listings: z.record(idKey, listingSchema).default(() => ({})),
  shops: z.record(idKey, shopSchema).default(() => ({})),
  receipts: z.record(idKey, receiptSchema).default(() => ({})),
  shop_listings: z.record(idKey, z.array(z.int())).default(() => ({})),
});

export type EtsyState = z.output<typeof scenarioSchema>;
export type Listing = z.output<typeof listingSchema>;
