import { anyInteger, keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state is TradingBot's public attributes under their own names, plus what the class keeps
// privately in `_` keys. A BFCL initial_config loads as `_load_scenario` reads it; `random_seed`
// seeds the generator behind transaction timestamps.

export type Json = z.output<ReturnType<typeof z.json>>;

/** An order key as Python holds it: keys made only of digits became ints on load, others stay text. */
export type OrderKey = number | string;

const quote = (price: number, percent_change: number, volume: number, ma5: number, ma20: number) => ({
  price,
  percent_change,
  volume,
  'MA(5)': ma5,
  'MA(20)': ma20,
});

const DEFAULT_STOCKS = {
  AAPL: quote(227.16, 0.17, 2.552, 227.11, 227.09),
  GOOG: quote(2840.34, 0.24, 1.123, 2835.67, 2842.15),
  TSLA: quote(667.92, -0.12, 1.654, 671.15, 668.2),
  MSFT: quote(310.23, 0.09, 3.234, 309.88, 310.11),
  NVDA: quote(220.34, 0.34, 1.234, 220.45, 220.67),
  ALPH: quote(1320.45, -0.08, 1.567, 1321.12, 1325.78),
  OMEG: quote(457.23, 0.12, 2.345, 456.78, 458.12),
  QUAS: quote(725.89, -0.03, 1.789, 726.45, 728.0),
  NEPT: quote(88.34, 0.19, 0.654, 88.21, 88.67),
  SYNX: quote(345.67, 0.11, 2.112, 345.34, 346.12),
  ZETA: quote(22.09, -0.05, 0.789, 22.12, 22.34),
};

const DEFAULT_ORDERS = {
  12345: { id: 12345, order_type: 'Buy', symbol: 'AAPL', price: 210.65, amount: 10, status: 'Completed' },
  12446: { id: 12446, order_type: 'Sell', symbol: 'GOOG', price: 2840.56, amount: 5, status: 'Pending' },
};

export const stockSchema = z.looseObject({ price: z.number(), percent_change: z.number() });
export const accountSchema = z.looseObject({ balance: z.number().optional() });

const fields = z.object({
  // Orders by id. BFCL never checks them: benchmark entries hold orders without an id and even an
  // "order_type" key whose value is a plain string.
  orders: keyedRecord(z.json()).default(() => structuredClone(DEFAULT_ORDERS)),
  account_info: accountSchema.default(() => ({ account_id: 12345, balance: 10000.0, binding_card: 1974202140965533 })),
  authenticated: z.boolean().default(false),
  market_status: z.string().default('Closed'),
  order_counter: anyInteger().default(12446),
  stocks: keyedRecord(stockSchema).default(() => structuredClone(DEFAULT_STOCKS)),
  watch_list: z.array(z.string()).default(() => ['NVDA']),
  transaction_history: z.array(z.record(z.string(), z.json())).default(() => []),
  long_context: z.boolean().default(false),
  // Python's order of the order keys, with their types (a JSON object cannot keep either).
  _order_keys: z.array(z.union([anyInteger(), z.string()])).optional(),
  _random_seed: anyInteger().default(1053520),
  // How many 32-bit words the generator has produced: replaying them restores its position.
  _random_words: anyInteger().min(0).default(0),
  random_seed: anyInteger().optional(),
});

const DIGITS = /^[0-9]+$/;

export const scenarioSchema = fields.overwrite((raw) => {
  const { random_seed, ...state } = raw;
  if (random_seed !== undefined) state._random_seed = random_seed;
  if (!sameKeys(state._order_keys, state.orders)) {
    // As _load_scenario does: digit-only keys become ints (so "007" is order 7).
    const orders: Record<string, Json> = {};
    const keys: OrderKey[] = [];
    for (const [key, order] of Object.entries(state.orders)) {
      const typed: OrderKey = DIGITS.test(key) ? Number(key) : key;
      if (!Object.hasOwn(orders, String(typed))) keys.push(typed);
      orders[String(typed)] = order;
    }
    state.orders = orders;
    state._order_keys = keys;
  }
  return state;
});

function sameKeys(keys: OrderKey[] | undefined, orders: Record<string, unknown>): boolean {
  if (!keys) return false;
  const names = Object.keys(orders);
  return (
    keys.length === names.length &&
    new Set(keys.map(String)).size === names.length &&
    keys.every((key) => Object.hasOwn(orders, String(key)))
  );
}

export type TradingState = z.output<typeof scenarioSchema>;

export const defineTradingTool = toolsFor<TradingState>();
