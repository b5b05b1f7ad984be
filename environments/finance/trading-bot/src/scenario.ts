import { anyInteger, integerKeyed } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, constraints and defaults as the reference's TradingScenario. Its pattern runs on
// Rust's regex engine, where \d is any Unicode decimal digit: \p{Nd} keeps that.
const TIMESTAMP = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2} \p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;
const timestamp = (field: string) => z.string().regex(TIMESTAMP, `${field} must be YYYY-MM-DD HH:MM:SS`);

export const userSchema = z.object({ username: z.string(), password: z.string() });

export const accountSchema = z.object({
  account_id: anyInteger().min(1),
  balance: z.number().min(0),
  currency: z.string().default('USD'),
  binding_card: anyInteger().nullable().default(null),
});

export const stockSchema = z.object({
  symbol: z.string(),
  price: z.number().gt(0),
  percent_change: z.number(),
  volume: anyInteger().min(0),
  ma_5: z.number(),
  ma_20: z.number(),
});

export const orderSchema = z.object({
  order_id: anyInteger().min(1),
  order_type: z.string(),
  symbol: z.string(),
  price: z.number().gt(0),
  quantity: anyInteger().gt(0),
  status: z.string(),
  timestamp: timestamp('timestamp'),
  execution_price: z.number().nullable().default(null),
});

export const transactionSchema = z.object({
  transaction_id: z.string(),
  type: z.string(),
  amount: z.number().gt(0),
  timestamp: timestamp('timestamp'),
});

type StockRow = [symbol: string, price: number, change: number, volume: number, ma5: number, ma20: number];
const DEFAULT_STOCKS: StockRow[] = [
  ['AAPL', 150.25, 1.2, 50_000_000, 149.5, 148.0],
  ['GOOG', 2750.8, -0.5, 1_500_000, 2760.0, 2745.0],
  ['TSLA', 800.15, 2.8, 25_000_000, 790.0, 785.0],
  ['MSFT', 305.6, 0.3, 20_000_000, 304.0, 302.5],
  ['NVDA', 220.75, -1.2, 18_000_000, 222.0, 218.0],
  ['AMZN', 3200.4, 0.8, 3_000_000, 3180.0, 3150.0],
  ['ZETA', 45.3, 3.5, 5_000_000, 44.0, 43.0],
  ['ALPH', 120.9, -2.1, 2_000_000, 123.0, 125.0],
  ['OMEG', 78.45, 1.7, 1_500_000, 77.0, 76.0],
  ['QUAS', 234.6, 0.9, 800_000, 233.0, 230.0],
  ['NEPT', 89.12, -0.8, 1_200_000, 90.0, 91.0],
  ['SYNX', 156.78, 2.3, 900_000, 154.0, 152.0],
];

export const scenarioSchema = z.object({
  // Login credentials keyed by username.
  users: z.record(z.string(), userSchema).default(() => ({})),
  // Cash accounts keyed by integer id. Tools act on the first account, whoever is logged in.
  accounts: integerKeyed(accountSchema).default(() => ({})),
  current_user: z.string().nullable().default(null),
  session_token: z.string().nullable().default(null),
  market_open: z.boolean().default(true),
  // The clock stamped on orders and transactions.
  current_time: timestamp('current_time').default('2024-01-01 00:00:00'),
  stocks: z
    .record(z.string(), stockSchema)
    .default(() =>
      Object.fromEntries(
        DEFAULT_STOCKS.map(([symbol, price, percent_change, volume, ma_5, ma_20]) => [
          symbol,
          { symbol, price, percent_change, volume, ma_5, ma_20 },
        ]),
      ),
    ),
  company_symbols: z.record(z.string(), z.string()).default(() => ({
    Apple: 'AAPL',
    Google: 'GOOG',
    Tesla: 'TSLA',
    Microsoft: 'MSFT',
    Nvidia: 'NVDA',
    Amazon: 'AMZN',
    'Zeta Corp': 'ZETA',
    'Alpha Tech': 'ALPH',
    'Omega Industries': 'OMEG',
    'Quasar Ltd.': 'QUAS',
    'Neptune Systems': 'NEPT',
    'Synex Solutions': 'SYNX',
  })),
  sector_stocks: z.record(z.string(), z.array(z.string())).default(() => ({
    Technology: ['AAPL', 'GOOG', 'MSFT', 'NVDA'],
    Automobile: ['TSLA'],
    Finance: [],
    Healthcare: [],
    Energy: [],
  })),
  orders: integerKeyed(orderSchema).default(() => ({})),
  transactions: z.array(transactionSchema).default(() => []),
  // Watched symbols by username.
  watchlists: z.record(z.string(), z.array(z.string())).default(() => ({})),
  next_order_id: anyInteger().default(1),
  next_transaction_id: anyInteger().default(1),
});

export type TradingState = z.output<typeof scenarioSchema>;
export type Account = z.output<typeof accountSchema>;
export type Stock = z.output<typeof stockSchema>;
export type Order = z.output<typeof orderSchema>;
export type Transaction = z.output<typeof transactionSchema>;
