import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

const quote = (price: number, percent_change: number, volume: number, ma5: number, ma20: number) => ({
  price,
  percent_change,
  volume,
  'MA(5)': ma5,
  'MA(20)': ma20,
});

// A small brokerage account on an open market, not logged in. Worth trying: a completed order that
// cannot be cancelled, an open one that can, a buy larger than the balance, a watched symbol that is
// no longer listed, big movers on both sides for price alerts, and a week of deposits and
// withdrawals to filter by date.
export const demo: z.input<typeof scenarioSchema> = {
  orders: {
    501: { id: 501, order_type: 'Buy', symbol: 'MSFT', price: 402.1, amount: 5, status: 'Completed' },
    502: { id: 502, order_type: 'Sell', symbol: 'TSLA', price: 251.4, amount: 3, status: 'Open' },
    503: { id: 503, order_type: 'Buy', symbol: 'ZETA', price: 12.75, amount: 200, status: 'Cancelled' },
  },
  account_info: { account_id: 88017, balance: 4210.55, binding_card: 4929381205736641 },
  authenticated: false,
  market_status: 'Open',
  order_counter: 504,
  stocks: {
    AAPL: quote(213.49, 1.77, 54.13, 211.2, 224.6),
    MSFT: quote(388.56, 0.54, 19.95, 385.9, 398.3),
    NVDA: quote(121.67, 5.27, 282.15, 113.4, 122.9),
    TSLA: quote(249.98, -3.86, 121.71, 251.7, 287.5),
    ZETA: quote(13.2, 7.91, 6.11, 12.4, 15.6),
    NEPT: quote(88.05, -6.35, 1.26, 93.7, 95.0),
  },
  watch_list: ['NVDA', 'OMEG'],
  transaction_history: [
    { type: 'deposit', amount: 2500.0, timestamp: '2024-08-26 09:12:44' },
    { type: 'withdrawal', amount: 300.0, timestamp: '2024-08-28 16:40:02' },
    { type: 'deposit', amount: 150.55, timestamp: '2024-08-30 11:05:19' },
  ],
  random_seed: 4242,
};
