import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type Bar = [date: string, open: number, high: number, low: number, close: number, volume: number];
type Income = [date: string, revenue: number, netIncome: number, eps: number];
type Balance = [date: string, assets: number, liabilities: number, equity: number];
type CashFlow = [date: string, operating: number, investing: number, financing: number, net: number];
type Article = [title: string, url: string, publishedAt: string, source: string];

const bars = (rows: Bar[]) => rows.map(([date, open, high, low, close, volume]) => ({ date, open, high, low, close, volume }));
const income = (rows: Income[]) => rows.map(([date, revenue, net_income, eps]) => ({ date, revenue, net_income, eps }));
const balance = (rows: Balance[]) =>
  rows.map(([date, total_assets, total_liabilities, shareholders_equity]) => ({
    date,
    total_assets,
    total_liabilities,
    shareholders_equity,
  }));
const cashFlow = (rows: CashFlow[]) =>
  rows.map(([date, operating_cash_flow, investing_cash_flow, financing_cash_flow, net_change_in_cash]) => ({
    date,
    operating_cash_flow,
    investing_cash_flow,
    financing_cash_flow,
    net_change_in_cash,
  }));
const news = (rows: Article[]) => rows.map(([title, url, published_at, source]) => ({ title, url, published_at, source }));

// Markets at the close of Friday 7 March 2025, in round but plausible figures (USD). Worth exploring:
// a loss-making company (negative net income and EPS), a company with annual
// but no quarterly statements, a covered ticker with no data at all (ACN), a symbol with data that is
// not in the covered list (RIVN), statements newest first for one company and oldest first for
// another (stored order is kept), a stablecoin near 1.00, a meme coin priced in fractions of a cent
// with a huge fractional volume, and news lists longer than the default limit of 10.
export const demo: Input = {
  income_statements: {
    AAPL: {
      annual: income([
        ['2024-09-28', 391_035_000_000, 93_736_000_000, 6.08],
        ['2023-09-30', 383_285_000_000, 96_995_000_000, 6.13],
        ['2022-09-24', 394_328_000_000, 99_803_000_000, 6.11],
      ]),
      quarterly: income([
        ['2024-12-28', 124_300_000_000, 36_330_000_000, 2.4],
        ['2024-09-28', 94_930_000_000, 14_736_000_000, 0.97],
        ['2024-06-29', 85_777_000_000, 21_448_000_000, 1.4],
      ]),
    },
    MSFT: {
      annual: income([
        ['2022-06-30', 198_270_000_000, 72_738_000_000, 9.65],
        ['2023-06-30', 211_915_000_000, 72_361_000_000, 9.68],
        ['2024-06-30', 245_122_000_000, 88_136_000_000, 11.8],
      ]),
    },
    NVDA: {
      annual: income([
        ['2025-01-26', 130_497_000_000, 72_880_000_000, 2.94],
        ['2024-01-28', 60_922_000_000, 29_760_000_000, 1.19],
      ]),
      quarterly: income([['2025-01-26', 39_331_000_000, 22_091_000_000, 0.89]]),
    },
    RIVN: {
      annual: income([
        ['2024-12-31', 4_970_000_000, -4_747_000_000, -4.69],
        ['2023-12-31', 4_434_000_000, -5_432_000_000, -5.74],
      ]),
    },
  },
  balance_sheets: {
    AAPL: {
      annual: balance([
        ['2024-09-28', 364_980_000_000, 308_030_000_000, 56_950_000_000],
        ['2023-09-30', 352_583_000_000, 290_437_000_000, 62_146_000_000],
      ]),
    },
    JPM: {
      annual: balance([['2024-12-31', 4_002_814_000_000, 3_658_056_000_000, 344_758_000_000]]),
      quarterly: balance([['2024-09-30', 4_210_048_000_000, 3_868_257_000_000, 341_791_000_000]]),
    },
    RIVN: { annual: balance([['2024-12-31', 15_410_000_000, 9_150_000_000, 6_260_000_000]]) },
  },
  cash_flow_statements: {
    AAPL: {
      annual: cashFlow([
        ['2024-09-28', 118_254_000_000, 2_935_000_000, -121_983_000_000, -794_000_000],
        ['2023-09-30', 110_543_000_000, 3_705_000_000, -108_488_000_000, 5_760_000_000],
      ]),
    },
    TSLA: {
      annual: cashFlow([['2024-12-31', 14_923_000_000, -18_787_000_000, 3_853_000_000, -11_000_000]]),
      quarterly: cashFlow([['2024-12-31', 4_814_000_000, -5_135_000_000, 1_030_000_000, 709_000_000]]),
    },
  },
  stock_prices: {
    AAPL: { date: '2025-03-07', open: 235.11, high: 241.37, low: 234.76, close: 239.07, volume: 46_273_565 },
    MSFT: { date: '2025-03-07', open: 392.32, high: 394.8, low: 385.54, close: 393.31, volume: 22_034_075 },
    NVDA: { date: '2025-03-07', open: 111.25, high: 113.48, low: 107.56, close: 112.69, volume: 341_755_500 },
    TSLA: { date: '2025-03-07', open: 259.32, high: 266.25, low: 250.73, close: 262.67, volume: 102_369_640 },
    JPM: { date: '2025-03-07', open: 244.1, high: 247.9, low: 240.35, close: 245.41, volume: 11_207_432 },
    // Last traded the day before: its quote is a day older than the others.
    RIVN: { date: '2025-03-06', open: 11.42, high: 11.95, low: 11.1, close: 11.58, volume: 38_214_900 },
  },
  historical_stock_prices: {
    AAPL: bars([
      ['2025-03-03', 241.79, 244.03, 236.11, 238.03, 47_184_000],
      ['2025-03-04', 237.71, 240.07, 234.68, 235.93, 53_798_100],
      ['2025-03-05', 235.42, 236.55, 229.23, 235.74, 47_227_600],
      ['2025-03-06', 234.44, 237.86, 233.16, 235.33, 45_170_400],
      ['2025-03-07', 235.11, 241.37, 234.76, 239.07, 46_273_565],
    ]),
    NVDA: bars([
      ['2025-03-05', 117.58, 118.28, 114.51, 117.3, 284_337_900],
      ['2025-03-06', 113.53, 115.35, 110.22, 110.57, 321_181_900],
      ['2025-03-07', 111.25, 113.48, 107.56, 112.69, 341_755_500],
    ]),
    TSLA: bars([
      ['2025-03-07', 259.32, 266.25, 250.73, 262.67, 102_369_640],
      ['2025-03-06', 272.06, 272.65, 260.02, 263.45, 98_451_600],
    ]),
  },
  crypto_prices: {
    BTC: { date: '2025-03-07', open: 89_961.73, high: 91_191.05, low: 84_717.68, close: 86_742.68, volume: 65_945_677_657 },
    ETH: { date: '2025-03-07', open: 2_202.22, high: 2_280.35, low: 2_092.4, close: 2_141.6, volume: 30_216_312_448.5 },
    USDT: { date: '2025-03-07', open: 1.0002, high: 1.0011, low: 0.9993, close: 0.9998, volume: 98_775_411_220.12 },
    SOL: { date: '2025-03-07', open: 141.42, high: 147.63, low: 135.42, close: 137.58, volume: 5_318_120_977.3 },
    DOGE: { date: '2025-03-07', open: 0.1974, high: 0.2046, low: 0.1861, close: 0.1923, volume: 2_604_911_372.891 },
    PEPE: { date: '2025-03-07', open: 0.00000701, high: 0.00000745, low: 0.00000662, close: 0.00000689, volume: 912_447_003_551.25 },
  },
  historical_crypto_prices: {
    BTC: bars([
      ['2025-03-04', 86_064.07, 88_911.27, 81_529.24, 87_222.2, 68_095_241_474],
      ['2025-03-05', 87_222.95, 90_998.24, 86_379.77, 90_623.56, 50_498_988_027],
      ['2025-03-06', 90_622.36, 92_804.94, 87_852.14, 89_961.73, 47_749_810_486],
      ['2025-03-07', 89_961.73, 91_191.05, 84_717.68, 86_742.68, 65_945_677_657],
    ]),
    ETH: bars([
      ['2025-03-06', 2_240.63, 2_319.92, 2_171.82, 2_202.22, 23_591_116_201.7],
      ['2025-03-07', 2_202.22, 2_280.35, 2_092.4, 2_141.6, 30_216_312_448.5],
    ]),
  },
  company_news: {
    AAPL: news([
      [
        'Apple unveils MacBook Air with M4 chip and lower starting price',
        'https://news.example.com/aapl/macbook-air-m4',
        '2025-03-05T14:00:00',
        'Tech Ledger',
      ],
      ['Apple delays Siri upgrade to 2026', 'https://news.example.com/aapl/siri-delay', '2025-03-07T18:32:00', 'Market Wire'],
      [
        'Analysts trim Apple iPhone estimates for March quarter',
        'https://news.example.com/aapl/iphone-estimates',
        '2025-03-06T11:15:00',
        'Street Notes',
      ],
      [
        'Apple commits $500 billion to US investment over four years',
        'https://news.example.com/aapl/us-investment',
        '2025-02-24T12:00:00',
        'Market Wire',
      ],
      ['iPhone 16e goes on sale', 'https://news.example.com/aapl/iphone-16e', '2025-02-28T08:00:00', 'Tech Ledger'],
      [
        'Apple shareholders reject proposal to end DEI programs',
        'https://news.example.com/aapl/agm-vote',
        '2025-02-25T20:10:00',
        'Governance Daily',
      ],
      [
        'Apple supplier shipments rise in February',
        'https://news.example.com/aapl/supplier-shipments',
        '2025-03-04T03:45:00',
        'Asia Tech Review',
      ],
      ['Apple Vision Pro arrives in more countries', 'https://news.example.com/aapl/vision-pro', '2025-02-20T09:30:00', 'Tech Ledger'],
      ['Apple stock rebounds as tariff worries ease', 'https://news.example.com/aapl/rebound', '2025-03-07T21:05:00', 'Street Notes'],
      [
        'Apple expands self-service repair to more devices',
        'https://news.example.com/aapl/self-repair',
        '2025-02-18T16:00:00',
        'Gadget Beat',
      ],
      [
        'Apple tops list of most valuable brands again',
        'https://news.example.com/aapl/brand-ranking',
        '2025-02-12T07:00:00',
        'Brand Monitor',
      ],
      ['Apple to open new store in Mumbai suburb', 'https://news.example.com/aapl/mumbai-store', '2025-02-10T05:30:00', 'Asia Tech Review'],
    ]),
    NVDA: news([
      [
        'Nvidia beats fourth-quarter estimates on data-center demand',
        'https://news.example.com/nvda/q4-results',
        '2025-02-26T21:20:00',
        'Market Wire',
      ],
      ['Nvidia shares slide as export curbs weigh', 'https://news.example.com/nvda/export-curbs', '2025-03-06T19:45:00', 'Street Notes'],
    ]),
    TSLA: news([
      [
        'Tesla European registrations fall again in February',
        'https://news.example.com/tsla/europe-sales',
        '2025-03-04T09:00:00',
        'Auto Herald',
      ],
    ]),
    RIVN: news([
      [
        'Rivian narrows loss and guides to higher deliveries',
        'https://news.example.com/rivn/q4-results',
        '2025-02-20T21:05:00',
        'Auto Herald',
      ],
    ]),
  },
  available_stock_tickers: ['AAPL', 'MSFT', 'NVDA', 'TSLA', 'JPM', 'ACN'],
  available_crypto_tickers: ['BTC', 'ETH', 'USDT', 'SOL', 'DOGE', 'PEPE'],
};
