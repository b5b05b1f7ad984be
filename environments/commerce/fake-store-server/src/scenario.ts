import { isIntegerText, withoutUnderscores } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, constraints and default world as the reference's FakeStoreScenario.

/**
 * Products and carts are keyed by integer id. Keys arrive as JSON strings; like the reference
 * (which parses them as ints) "01", " 7 " and "3.0" name ids 1, 7 and 3 and are stored that way.
 */
const integerKey = z
  .string()
  .refine((key) => isIntegerText(key.trim(), { bareDot: true }), 'keys must be integer ids')
  .transform((key) => String(Math.trunc(Number(withoutUnderscores(key.trim())))));

const keyedById = <T extends z.ZodType>(value: T) =>
  z.record(integerKey, value, {
    error: (issue) => (issue.code === 'invalid_key' ? 'keys must be integer ids such as "1"' : undefined),
  });

export const ratingSchema = z.object({
  rate: z.number().min(0).max(5),
  count: z.int().min(0),
});

export const productSchema = z.object({
  id: z.int().min(1),
  title: z.string(),
  price: z.number().min(0),
  description: z.string(),
  category: z.string(),
  image: z.string(),
  rating: ratingSchema,
});

export const cartItemSchema = z.object({
  productId: z.int().min(1),
  quantity: z.int().min(1),
});

export const cartSchema = z.object({
  id: z.int().min(1),
  userId: z.int().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'date must look like 2020-03-02T00:00:00.000Z'),
  products: z.array(cartItemSchema).default(() => []),
});

export const scenarioSchema = z.object({
  products: keyedById(productSchema).default(() => ({})),
  carts: keyedById(cartSchema).default(() => ({})),
  categories: z.array(z.string()).default(() => ['electronics', 'jewelery', "men's clothing", "women's clothing"]),
  next_product_id: z.int().min(1).default(1),
  user_credentials: z.record(z.string(), z.string()).default(() => ({
    mor_2314: '83r5^_',
    johnd: 'm38rmF$',
    kevinryan: 'kev02937@',
    donero: 'ewedon',
    derek: 'jklg*_56',
  })),
});

export type FakeStoreState = z.output<typeof scenarioSchema>;
export type Product = z.output<typeof productSchema>;
export type Cart = z.output<typeof cartSchema>;
