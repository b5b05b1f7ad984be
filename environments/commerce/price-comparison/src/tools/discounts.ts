import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { PriceComparisonState } from '../scenario.js';
import { checkProductRef, productRef } from './product-ref.js';

const TIME_PERIODS = ['current', 'past', 'upcoming'];

export const getDiscountInfo = defineTool({
  name: 'get_discount_info',
  description:
    'Discounts and promotions for a product at one retailer (exact store name): {pid, pos, retailer, discounts: ' +
    '[{discount_percentage, start_date, end_date, original_price, discounted_price}]}. time_period must be ' +
    '"current", "past" or "upcoming"; every recorded discount is returned whichever you pick, so compare the ' +
    'dates yourself. No discounts recorded gives an empty list.',
  input: z.object({ ...productRef, retailer: z.string(), time_period: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<PriceComparisonState>, args) => {
    checkProductRef(args.pid, args.pos);
    if (!args.retailer) throw new ToolError('Retailer must be a non-empty string');
    if (!TIME_PERIODS.includes(args.time_period)) {
      throw new ToolError("Time period must be one of: 'current', 'past', 'upcoming'");
    }
    const byRetailer = ownEntry(state.discountInfo, args.pid);
    const discounts = byRetailer && (Object.hasOwn(byRetailer, args.retailer) ? byRetailer[args.retailer] : []);
    return { pid: args.pid, pos: args.pos, retailer: args.retailer, discounts };
  },
});
