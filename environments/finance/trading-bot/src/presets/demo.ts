import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type StockRow = [symbol: string, company: string, price: number, change: number, volume: number, ma5: number, ma20: number];
type OrderRow = [
  id: number,
  type: string,
  symbol: string,
  price: number,
  quantity: number,
  status: string,
  at: string,
  executed: number | null,
];

// A retail brokerage on the morning of Friday 14 March 2025, nobody logged in yet. Worth exploring:
// three users sharing the one funded account the tools act on (a second account exists but is never
// used), orders in every status — a pending Buy whose cancellation refunds the reserve, a pending
// Sell, an "Open" order that cannot be cancelled, completed and cancelled ones — big movers on both
// sides for price alerts, a sector with no stocks and companies listed under no sector.
const stocks: StockRow[] = [
  ['AAPL', 'Apple', 213.49, 1.77, 54_130_220, 211.2, 224.6],
  ['MSFT', 'Microsoft', 388.56, 0.54, 19_952_800, 385.9, 398.3],
  ['GOOG', 'Google', 166.64, -0.32, 25_410_310, 168.1, 176.2],
  ['AMZN', 'Amazon', 197.95, 2.41, 38_090_470, 195.3, 210.8],
  ['NVDA', 'Nvidia', 121.67, 5.27, 282_150_900, 113.4, 122.9],
  ['TSLA', 'Tesla', 249.98, -3.86, 121_710_340, 251.7, 287.5],
  ['JPM', 'JPMorgan Chase', 232.98, 0.86, 9_840_110, 235.4, 251.2],
  ['GS', 'Goldman Sachs', 541.73, -1.12, 2_730_660, 552.9, 596.1],
  ['UNH', 'UnitedHealth', 478.12, 0.18, 3_512_400, 479.6, 489.9],
  ['PFE', 'Pfizer', 25.42, -0.47, 33_127_560, 25.8, 26.2],
  ['XOM', 'Exxon Mobil', 107.83, 1.03, 14_702_980, 106.4, 108.9],
  ['ZETA', 'Zeta Corp', 13.2, 7.91, 6_110_450, 12.4, 15.6],
  ['NEPT', 'Neptune Systems', 88.05, -6.35, 1_260_300, 93.7, 95.0],
];

const orders: OrderRow[] = [
  [1, 'Buy', 'AAPL', 210.0, 20, 'Completed', '2025-03-10 09:45:12', 209.87],
  [2, 'Buy', 'NVDA', 118.5, 40, 'Pending', '2025-03-13 15:02:40', null],
  [3, 'Sell', 'TSLA', 270.0, 10, 'Cancelled', '2025-03-11 10:20:05', null],
  [4, 'Sell', 'AAPL', 225.0, 5, 'Pending', '2025-03-13 15:30:00', null],
  [5, 'Buy', 'XOM', 105.0, 15, 'Open', '2025-03-12 11:11:11', null],
  [6, 'Buy', 'ZETA', 12.75, 200, 'Completed', '2025-03-12 13:48:30', 12.74],
];

export const demo: Input = {
  users: {
    alice: { username: 'alice', password: 'Tr4de!Alice' },
    bob: { username: 'bob', password: 'b0bInvests' },
    'carol.nguyen': { username: 'carol.nguyen', password: 'longterm#2025' },
  },
  accounts: {
    1001: { account_id: 1001, balance: 18_460.75, currency: 'USD', binding_card: 4_111_111_111_111_111 },
    1002: { account_id: 1002, balance: 2_500.0, currency: 'USD', binding_card: null },
  },
  current_user: null,
  session_token: null,
  market_open: true,
  current_time: '2025-03-14 10:15:00',
  stocks: Object.fromEntries(
    stocks.map(([symbol, , price, percent_change, volume, ma_5, ma_20]) => [
      symbol,
      { symbol, price, percent_change, volume, ma_5, ma_20 },
    ]),
  ),
  company_symbols: Object.fromEntries(stocks.map(([symbol, company]) => [company, symbol])),
  sector_stocks: {
    Technology: ['AAPL', 'MSFT', 'GOOG', 'NVDA'],
    Automobile: ['TSLA'],
    Finance: ['JPM', 'GS'],
    Healthcare: ['UNH', 'PFE'],
    Energy: ['XOM'],
    Retail: ['AMZN'],
    Utilities: [],
  },
  orders: Object.fromEntries(
    orders.map(([order_id, order_type, symbol, price, quantity, status, timestamp, execution_price]) => [
      order_id,
      { order_id, order_type, symbol, price, quantity, status, timestamp, execution_price },
    ]),
  ),
  transactions: [
    { transaction_id: 'TXN000001', type: 'deposit', amount: 25_000.0, timestamp: '2025-03-03 08:30:00' },
    { transaction_id: 'TXN000002', type: 'withdrawal', amount: 1_200.0, timestamp: '2025-03-07 16:05:44' },
    { transaction_id: 'TXN000003', type: 'deposit', amount: 500.0, timestamp: '2025-03-12 09:00:00' },
  ],
  watchlists: { alice: ['NVDA', 'TSLA', 'ZETA'], bob: [] },
  next_order_id: 7,
  next_transaction_id: 4,
};
