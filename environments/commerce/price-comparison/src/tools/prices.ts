import { defineTool, type Draft, ToolError, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import type { PriceComparisonState } from '../scenario.js';
import { checkProductRef, entriesFor, productRef } from './product-ref.js';

export const comparePrice = defineTool({
  name: 'compare_price',
  description:
    'Current price and stock status of a product at each retailer that sells it, in listing order, capped at ' +
    'max_retailers (default 10). Returns {pid, pos, retailers: [{store_name, price, availability}]}; a pid with ' +
    'no prices gives an empty list.',
  input: z.object({ ...productRef, max_retailers: anyInteger().default(10) }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<PriceComparisonState>, args) => {
    checkProductRef(args.pid, args.pos);
    if (args.max_retailers <= 0) throw new ToolError('Max retailers must be a positive integer');
    const retailers = entriesFor(state.retailerPrices, args.pid).slice(0, args.max_retailers);
    return { pid: args.pid, pos: args.pos, retailers };
  },
});

export const priceTrend = defineTool({
  name: 'price_trend',
  description:
    'Predicted future prices of a product: {pid, pos, price_data: [{date, predicted_price, trend}]} where trend is ' +
    'up, down or stable. A pid without predictions gives an empty list.',
  input: z.object(productRef),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<PriceComparisonState>, args) => {
    checkProductRef(args.pid, args.pos);
    return { pid: args.pid, pos: args.pos, price_data: entriesFor(state.priceTrends, args.pid) };
  },
});

export const getPriceHistory = defineTool({
  name: 'get_price_history',
  description:
    'Recorded past prices of a product: {pid, pos, price_history: [{date, price, retailer}]}. Pass retailers (a ' +
    'list of exact store names such as ["Amazon", "Target"]) to keep only those stores; omitted or empty means all.',
  input: z.object({ ...productRef, retailers: z.array(z.string()).nullable().default(null) }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<PriceComparisonState>, args) => {
    checkProductRef(args.pid, args.pos);
    let history = entriesFor(state.priceHistory, args.pid);
    const stores = args.retailers;
    if (stores && stores.length > 0) history = history.filter((record) => stores.includes(record.retailer));
    return { pid: args.pid, pos: args.pos, price_history: history };
  },
});
