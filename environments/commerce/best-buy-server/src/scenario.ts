import { isIntegerText, withoutUnderscores } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, constraints and (empty) default world as the reference's BestBuyScenario.

// JSON object keys are strings; the reference reads SKU keys as integers, so "007" and "+7" name
// SKU 7. Keys are stored in that canonical form.
export const skuKey = z
  .string()
  .trim()
  .refine((key) => isIntegerText(key, { bareDot: true }), 'keys must be integer SKUs')
  .transform((key) => String(Math.trunc(Number(withoutUnderscores(key)))));

export const categoryNodeSchema = z.object({
  id: z.string(),
  name: z.string(),
});

export const productImagesSchema = z.object({
  thumbnailImage: z.string(),
  mediumImage: z.string(),
  largeImage: z.string(),
});

export const productSchema = z.object({
  sku: z.int(),
  name: z.string(),
  description: z.string(),
  longDescription: z.string(),
  salePrice: z.number().min(0),
  regularPrice: z.number().min(0),
  onSale: z.boolean(),
  customerReviewAverage: z.number().min(0).max(5),
  customerReviewCount: z.int().min(0),
  images: productImagesSchema,
  manufacturer: z.string(),
  modelNumber: z.string(),
  categoryPath: z.array(categoryNodeSchema).default(() => []),
  features: z.array(z.object({ feature: z.string() })).default(() => []),
});

export const reviewSchema = z.object({
  id: z.int(),
  rating: z.int().min(1).max(5),
  reviewer: z.object({ displayName: z.string() }),
  submissionTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/, 'submissionTime must start with YYYY-MM-DDTHH:MM:SS'),
  title: z.string(),
  reviewText: z.string(),
  helpfulness: z.int().min(0),
});

export const categorySchema = z.object({
  id: z.string(),
  name: z.string(),
  path: z.array(categoryNodeSchema).default(() => []),
  subCategories: z.array(z.record(z.string(), z.any())).default(() => []),
});

export const storeSchema = z.object({
  storeId: z.int(),
  storeType: z.string(),
  name: z.string(),
  address: z.string(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
  phone: z.string(),
  hours: z.string(),
  services: z.array(z.string()).default(() => []),
  lat: z.number(),
  lng: z.number(),
});

export const scenarioSchema = z.object({
  products: z.record(skuKey, productSchema).default(() => ({})),
  reviews: z.record(skuKey, z.array(reviewSchema)).default(() => ({})),
  categories: z.array(categorySchema).default(() => []),
  stores: z.array(storeSchema).default(() => []),
});

export type BestBuyState = z.output<typeof scenarioSchema>;
export type Product = z.output<typeof productSchema>;
export type Store = z.output<typeof storeSchema>;
