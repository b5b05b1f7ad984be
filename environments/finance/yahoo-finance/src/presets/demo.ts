import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type Day = [date: string, open: number, high: number, low: number, close: number, volume: number];
type Earnings = [date: string, type: string, actual: number | null, estimated: number | null, surprise: number | null];
type Article = [title: string, link: string, publisher: string, publishDate: string, summary: string];
type Rating = [firm: string, rating: string, priceTarget: number | null, date: string];
type Contract = [strike: number, bid: number, ask: number, volume: number, openInterest: number, impliedVolatility: number];

const days = (rows: Day[]) =>
  Object.fromEntries(rows.map(([date, open, high, low, close, volume]) => [date, { date, open, high, low, close, volume }]));
const dividends = (rows: [date: string, amount: number][]) => Object.fromEntries(rows.map(([date, amount]) => [date, { date, amount }]));
const earnings = (rows: Earnings[]) =>
  rows.map(([date, type, actualEPS, estimatedEPS, surprise]) => ({ date, type, actualEPS, estimatedEPS, surprise }));
const articles = (rows: Article[]) =>
  rows.map(([title, link, publisher, publishDate, summary]) => ({ title, link, publisher, publishDate, summary }));
const ratings = (rows: Rating[]) => rows.map(([firm, rating, priceTarget, date]) => ({ firm, rating, priceTarget, date }));
const contracts = (rows: Contract[]) =>
  rows.map(([strike, bid, ask, volume, openInterest, impliedVolatility]) => ({
    strike,
    bid,
    ask,
    volume,
    openInterest,
    impliedVolatility,
  }));

// After the close on Friday 7 March 2025 (USD, round but plausible figures). Worth exploring: a
// price history stored out of date order (the range tool keeps stored order, the history tool sorts),
// a missing trading day (Monday 3 March for MSFT), a stock with a quote but no history (KO), a
// dividend payer and a non-payer (TSLA), an upcoming earnings date with no actual EPS yet, a rating
// without a price target, an option expiry listed without a chain, and a chain with no puts.
export const demo: Input = {
  stock_prices: {
    AAPL: { symbol: 'AAPL', current_price: '239.07' },
    MSFT: { symbol: 'MSFT', current_price: '393.31' },
    TSLA: { symbol: 'TSLA', current_price: '262.67' },
    NVDA: { symbol: 'NVDA', current_price: '112.69' },
    KO: { symbol: 'KO', current_price: '70.52' },
  },
  historical_prices: {
    AAPL: days([
      ['2025-03-07', 235.11, 241.37, 234.76, 239.07, 46_273_565],
      ['2025-03-03', 241.79, 244.03, 236.11, 238.03, 47_184_000],
      ['2025-03-05', 235.42, 236.55, 229.23, 235.74, 47_227_600],
      ['2025-03-04', 237.71, 240.07, 234.68, 235.93, 53_798_100],
      ['2025-03-06', 234.44, 237.86, 233.16, 235.33, 45_170_400],
    ]),
    MSFT: days([
      ['2025-03-04', 386.8, 392.52, 381.02, 388.61, 27_455_800],
      ['2025-03-05', 389.41, 401.3, 388.04, 401.02, 22_110_300],
      ['2025-03-06', 394.28, 402.15, 392.8, 396.89, 23_016_900],
      ['2025-03-07', 392.32, 394.8, 385.54, 393.31, 22_034_075],
    ]),
    TSLA: days([
      ['2025-03-06', 272.06, 272.65, 260.02, 263.45, 98_451_600],
      ['2025-03-07', 259.32, 266.25, 250.73, 262.67, 102_369_640],
    ]),
    NVDA: days([['2025-03-07', 111.25, 113.48, 107.56, 112.69, 341_755_500]]),
  },
  dividends: {
    AAPL: dividends([
      ['2024-05-10', 0.25],
      ['2024-08-12', 0.25],
      ['2024-11-08', 0.25],
      ['2025-02-10', 0.25],
    ]),
    MSFT: dividends([
      ['2024-08-15', 0.75],
      ['2024-11-21', 0.83],
      ['2025-02-20', 0.83],
    ]),
    KO: dividends([
      ['2024-06-14', 0.485],
      ['2024-09-13', 0.485],
      ['2024-11-29', 0.485],
      ['2025-03-14', 0.51],
    ]),
  },
  income_statements: {
    AAPL: {
      '2024-09-28': { 'Total Revenue': 391_035_000_000, 'Gross Profit': 180_683_000_000, 'Net Income': 93_736_000_000, 'Basic EPS': 6.11 },
      '2023-09-30': { 'Total Revenue': 383_285_000_000, 'Gross Profit': 169_148_000_000, 'Net Income': 96_995_000_000, 'Basic EPS': 6.16 },
    },
    TSLA: {
      '2024-12-31': { 'Total Revenue': 97_690_000_000, 'Gross Profit': 17_450_000_000, 'Net Income': 7_091_000_000, 'Basic EPS': 2.23 },
    },
  },
  cashflow_statements: {
    AAPL: {
      '2024-09-28': { 'Operating Cash Flow': 118_254_000_000, 'Capital Expenditure': -9_447_000_000, 'Free Cash Flow': 108_807_000_000 },
    },
    MSFT: {
      '2024-06-30': { 'Operating Cash Flow': 118_548_000_000, 'Capital Expenditure': -44_477_000_000, 'Free Cash Flow': 74_071_000_000 },
      '2023-06-30': { 'Operating Cash Flow': 87_582_000_000, 'Capital Expenditure': -28_107_000_000, 'Free Cash Flow': 59_475_000_000 },
    },
  },
  earnings_dates: {
    AAPL: earnings([
      ['2025-05-01', 'quarterly', null, 1.62, null],
      ['2025-01-30', 'quarterly', 2.4, 2.35, 0.05],
      ['2024-10-31', 'quarterly', 1.64, 1.6, 0.04],
      ['2024-08-01', 'quarterly', 1.4, 1.35, 0.05],
      ['2024-05-02', 'quarterly', 1.53, 1.5, 0.03],
    ]),
    TSLA: earnings([
      ['2025-04-22', 'quarterly', null, null, null],
      ['2025-01-29', 'quarterly', 0.73, 0.76, -0.03],
      ['2024-12-31', 'annual', 2.42, 2.5, -0.08],
    ]),
  },
  news_articles: {
    AAPL: articles([
      [
        'Apple delays Siri upgrade to 2026',
        'https://news.example.com/aapl/siri-delay',
        'Market Wire',
        '2025-03-07',
        'The more personal Siri promised last year will take longer to ship.',
      ],
      [
        'Apple unveils MacBook Air with M4 chip',
        'https://news.example.com/aapl/macbook-air-m4',
        'Tech Ledger',
        '2025-03-05',
        'The new laptop starts at a lower price than its predecessor.',
      ],
      [
        'Apple commits $500 billion to US investment',
        'https://news.example.com/aapl/us-investment',
        'Market Wire',
        '2025-02-24',
        'The plan covers manufacturing, AI servers and training over four years.',
      ],
      [
        'iPhone 16e goes on sale',
        'https://news.example.com/aapl/iphone-16e',
        'Tech Ledger',
        '2025-02-28',
        'The cheapest current iPhone arrives with an in-house modem.',
      ],
    ]),
    TSLA: articles([
      [
        'Tesla European registrations fall again',
        'https://news.example.com/tsla/europe',
        'Auto Herald',
        '2025-03-04',
        'February registrations dropped in Germany and France.',
      ],
      [
        'Tesla shares slide for a third week',
        'https://news.example.com/tsla/slide',
        'Street Notes',
        '2025-03-07',
        'The stock has lost over a third of its value since December.',
      ],
    ]),
  },
  recommendations: {
    AAPL: ratings([
      ['Morgan Stanley', 'Overweight', 275, '2025-03-06'],
      ['Jefferies', 'Hold', 202.5, '2025-02-03'],
      ['Loop Capital', 'Hold', null, '2025-01-22'],
    ]),
    NVDA: ratings([
      ['Bank of America', 'Buy', 200, '2025-02-27'],
      ['Cantor Fitzgerald', 'Overweight', 200, '2025-02-27'],
    ]),
  },
  option_expirations: {
    AAPL: ['2025-03-14', '2025-03-21', '2025-04-17'],
    TSLA: ['2025-03-14'],
  },
  option_chains: {
    AAPL: {
      '2025-03-14': {
        calls: contracts([
          [230, 10.1, 10.4, 1_840, 5_210, 0.312],
          [240, 3.65, 3.8, 9_512, 14_870, 0.287],
          [250, 0.82, 0.86, 12_044, 22_105, 0.301],
        ]),
        puts: contracts([
          [230, 1.18, 1.22, 6_330, 11_402, 0.335],
          [240, 4.7, 4.85, 7_915, 9_650, 0.309],
        ]),
      },
      '2025-03-21': {
        calls: contracts([[240, 5.9, 6.05, 3_102, 18_440, 0.295]]),
        puts: contracts([[240, 6.55, 6.7, 2_870, 12_961, 0.318]]),
      },
    },
    TSLA: {
      // Only calls were captured for this expiry.
      '2025-03-14': { calls: contracts([[260, 14.2, 14.5, 48_220, 31_775, 0.742]]) },
    },
  },
  market_data: {
    market_hours: { open: '09:30', close: '16:00' },
    market_status: 'closed',
    reference_symbols: ['AAPL', 'MSFT', 'TSLA', 'NVDA', 'KO'],
    sectors: {
      Technology: ['AAPL', 'MSFT', 'NVDA'],
      'Consumer Discretionary': ['TSLA'],
      'Consumer Staples': ['KO'],
    },
  },
};
