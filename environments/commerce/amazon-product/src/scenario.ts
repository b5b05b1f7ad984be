import { z } from 'zod';

// Same fields, constraints and default world as the reference's AmazonProductScenario.
const asin = z.string().regex(/^[A-Z0-9]{10}$/, 'ASIN must be 10 upper-case letters or digits');

export const priceSchema = z.object({
  amount: z.number().min(0),
  currency: z.string(),
});

export const productSchema = z.object({
  ASIN: asin,
  title: z.string(),
  detail_page_url: z.string(),
  price: priceSchema.nullable().default(null),
  image_url: z.string().nullable().default(null),
  rating: z.number().min(0).max(5).nullable().default(null),
  total_reviews: z.int().min(0).nullable().default(null),
});

export const itemSchema = z.object({
  ASIN: asin,
  title: z.string(),
  description: z.string().nullable().default(null),
  features: z.array(z.string()).nullable().default(null),
  price: priceSchema.nullable().default(null),
  images: z.array(z.string()).nullable().default(null),
  rating: z.number().min(0).max(5).nullable().default(null),
  total_reviews: z.int().min(0).nullable().default(null),
  availability: z.string().nullable().default(null),
});

export const variationSchema = z.object({
  ASIN: asin,
  title: z.string(),
  variation_attributes: z.record(z.string(), z.string()).nullable().default(null),
  price: priceSchema.nullable().default(null),
  availability: z.string().nullable().default(null),
});

export const browseNodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  is_root: z.boolean(),
  children: z.array(z.string()).nullable().default(null),
  ancestors: z.array(z.string()).nullable().default(null),
});

export const dealSchema = z.object({
  ASIN: asin,
  title: z.string(),
  deal_price: z.number().min(0),
  list_price: z.number().min(0),
  discount_percent: z.int().min(0).max(100),
  end_time: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'end_time must look like 2025-01-31T23:59:59'),
});

export const scenarioSchema = z.object({
  products: z.record(z.string(), productSchema).default(() => ({})),
  items: z.record(z.string(), itemSchema).default(() => ({})),
  variations: z.record(z.string(), z.array(variationSchema)).default(() => ({})),
  browse_nodes: z.record(z.string(), browseNodeSchema).default(() => ({})),
  deals: z.array(dealSchema).default(() => []),
  search_index_map: z.record(z.string(), z.array(z.string())).default(() => ({
    All: [],
    Electronics: [],
    Books: [],
    Clothing: [],
    Home: [],
    Sports: [],
    Toys: [],
    Beauty: [],
    Automotive: [],
    Garden: [],
  })),
});

export type AmazonProductState = z.output<typeof scenarioSchema>;
export type Product = z.output<typeof productSchema>;
