import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';

// Same fields (camelCase as in the reference), bounds and default world as PriceComparisonScenario.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = (field: string) => z.string().regex(ISO_DATE, `${field} must be YYYY-MM-DD`);

export const productSchema = z.object({
  pid: z.string(),
  pos: anyInteger().min(0),
  name: z.string(),
});

export const retailerPriceSchema = z.object({
  store_name: z.string(),
  price: z.number().min(0),
  availability: z.string(),
});

export const predictedPriceSchema = z.object({
  date: isoDate('date'),
  predicted_price: z.number().min(0),
  trend: z.string(),
});

export const historicalPriceSchema = z.object({
  date: isoDate('date'),
  price: z.number().min(0),
  retailer: z.string(),
});

export const discountSchema = z.object({
  discount_percentage: z.number().min(0).max(100),
  start_date: isoDate('start_date'),
  end_date: isoDate('end_date'),
  original_price: z.number().min(0),
  discounted_price: z.number().min(0),
});

export const scenarioSchema = z.object({
  // Catalogue keyed by pid; every other map is keyed by pid too.
  products: z.record(z.string(), productSchema).default(() => ({})),
  retailerPrices: z.record(z.string(), z.array(retailerPriceSchema)).default(() => ({})),
  priceHistory: z.record(z.string(), z.array(historicalPriceSchema)).default(() => ({})),
  priceTrends: z.record(z.string(), z.array(predictedPriceSchema)).default(() => ({})),
  // pid → retailer name → discounts.
  discountInfo: z.record(z.string(), z.record(z.string(), z.array(discountSchema))).default(() => ({})),
  retailerList: z
    .array(z.string())
    .default(() => ['Amazon', 'Walmart', 'Target', 'Best Buy', 'Newegg', 'eBay', 'Costco', 'Home Depot', "Lowe's", "Macy's"]),
  availabilityStatuses: z.array(z.string()).default(() => ['In Stock', 'Out of Stock', 'Limited Stock', 'Backorder', 'Pre-order']),
});

export type PriceComparisonState = z.output<typeof scenarioSchema>;
