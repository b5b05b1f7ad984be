import { type Draft, ToolError } from '@envfleet/kit';
import type { EtsyState } from '../scenario.js';

export function requireShop(state: Draft<EtsyState>, shopId: number) {
  const shop = state.shops[String(shopId)];
  if (!shop) throw new ToolError(`Shop ${shopId} not found`);
  return shop;
}

/** What a buyer pays, in currency units: listings store minor units and a divisor. */
export function displayPrice(price: { amount: number; currency: string; divisor: number }) {
  return { amount: price.amount / price.divisor, currency: price.currency };
}
