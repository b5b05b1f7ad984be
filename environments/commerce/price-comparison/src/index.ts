import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getDiscountInfo } from './tools/discounts.js';
import { getPidPosDetails } from './tools/find-product.js';
import { comparePrice, getPriceHistory, priceTrend } from './tools/prices.js';

export const priceComparison = defineEnvironment({
  name: 'PriceComparison',
  domain: 'commerce',
  version: '0.1.0',
  description:
    'Price comparison across retailers: find a product by name, then compare its current prices, read its price ' +
    'history and predicted trend, and list discounts at a given store. Read-only.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getPidPosDetails, comparePrice, priceTrend, getPriceHistory, getDiscountInfo],
});

export default priceComparison;
export { scenarioSchema };
export type { PriceComparisonState } from './scenario.js';
