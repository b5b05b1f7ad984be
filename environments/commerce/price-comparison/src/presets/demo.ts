import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// Ten home-office and kitchen products tracked in early 2025 (the "today" of this world is
// 2025-02-15). Edge cases: a product sold by twelve stores (more than the default cap of ten), one
// with no current prices at all, one with history but no trend, a store name outside retailerList,
// and discounts in the past, running now and upcoming for the same product.
const products: [pid: string, pos: number, name: string][] = [
  ['PC-1001', 1, 'Logitech MX Master 3S Mouse'],
  ['PC-1002', 2, 'Sony WH-1000XM5 Headphones'],
  ['PC-1003', 3, 'Keychron K8 Pro Keyboard'],
  ['PC-1004', 4, 'Dell UltraSharp U2723QE Monitor'],
  ['PC-1005', 5, 'Anker 737 Power Bank'],
  ['PC-1006', 6, 'Instant Pot Duo 7-in-1'],
  ['PC-1007', 7, 'Ninja AF101 Air Fryer'],
  ['PC-1008', 8, 'Apple AirPods Pro (2nd Gen)'],
  ['PC-1009', 9, 'Samsung T7 Shield 2TB SSD'],
  ['PC-1010', 0, 'Herman Miller Aeron Chair'],
];

type Offer = [store: string, price: number, availability: string];

const offers: Record<string, Offer[]> = {
  'PC-1001': [
    ['Amazon', 89.99, 'In Stock'],
    ['Best Buy', 99.99, 'In Stock'],
    ['Walmart', 94.5, 'Limited Stock'],
    ['Target', 99.99, 'Out of Stock'],
    ['Newegg', 92.49, 'In Stock'],
  ],
  'PC-1002': [
    ['Amazon', 328, 'In Stock'],
    ['Best Buy', 349.99, 'In Stock'],
    ['Walmart', 339, 'In Stock'],
    ['Target', 349.99, 'Limited Stock'],
    ['Costco', 319.99, 'In Stock'],
    ['eBay', 289.95, 'In Stock'],
    ['Newegg', 344.99, 'Backorder'],
    ["Macy's", 399.99, 'In Stock'],
    ['B&H Photo', 348, 'In Stock'],
    ['Crutchfield', 399.99, 'Pre-order'],
    ['Home Depot', 359, 'Out of Stock'],
    ["Lowe's", 369.99, 'Out of Stock'],
  ],
  'PC-1003': [
    ['Amazon', 109, 'In Stock'],
    ['Newegg', 104.99, 'Limited Stock'],
  ],
  'PC-1004': [
    ['Dell', 579.99, 'In Stock'],
    ['Amazon', 559.99, 'In Stock'],
    ['Best Buy', 579.99, 'In Stock'],
    ['Costco', 549.99, 'Limited Stock'],
  ],
  'PC-1005': [
    ['Amazon', 89.99, 'In Stock'],
    ['Walmart', 79.88, 'In Stock'],
    ['Target', 89.99, 'In Stock'],
  ],
  'PC-1006': [
    ['Amazon', 79.95, 'In Stock'],
    ['Walmart', 69, 'In Stock'],
    ['Target', 79.99, 'In Stock'],
    ['Costco', 74.99, 'Out of Stock'],
    ["Macy's", 99.99, 'In Stock'],
    ['Home Depot', 89, 'Backorder'],
  ],
  'PC-1007': [
    ['Amazon', 99.99, 'In Stock'],
    ['Walmart', 89, 'In Stock'],
    ['Target', 99.99, 'Limited Stock'],
    ["Lowe's", 119, 'In Stock'],
  ],
  'PC-1008': [
    ['Amazon', 189.99, 'In Stock'],
    ['Best Buy', 199.99, 'In Stock'],
    ['Walmart', 199, 'In Stock'],
    ['Target', 199.99, 'In Stock'],
    ['Costco', 179.99, 'Limited Stock'],
  ],
  'PC-1009': [
    ['Amazon', 169.99, 'In Stock'],
    ['Best Buy', 179.99, 'In Stock'],
    ['Newegg', 164.99, 'Pre-order'],
  ],
  // PC-1010 has no current offers: the chair is only tracked historically.
};

type Past = [date: string, price: number, store: string];

const history: Record<string, Past[]> = {
  'PC-1001': [
    ['2024-11-01', 99.99, 'Amazon'],
    ['2024-11-29', 79.99, 'Amazon'],
    ['2024-11-29', 84.99, 'Best Buy'],
    ['2024-12-15', 94.99, 'Amazon'],
    ['2025-01-10', 89.99, 'Amazon'],
    ['2025-01-10', 99.99, 'Best Buy'],
  ],
  'PC-1002': [
    ['2024-10-01', 399.99, 'Amazon'],
    ['2024-11-29', 278, 'Amazon'],
    ['2024-11-29', 279.99, 'Best Buy'],
    ['2024-12-20', 328, 'Amazon'],
    ['2025-01-05', 319.99, 'Costco'],
  ],
  'PC-1004': [
    ['2024-09-15', 629.99, 'Dell'],
    ['2024-11-25', 519.99, 'Dell'],
    ['2025-01-02', 579.99, 'Dell'],
    ['2025-01-02', 559.99, 'Amazon'],
  ],
  'PC-1006': [
    ['2024-07-16', 59.99, 'Amazon'],
    ['2024-11-29', 59, 'Walmart'],
    ['2025-01-20', 79.95, 'Amazon'],
  ],
  'PC-1008': [
    ['2024-11-29', 154.99, 'Amazon'],
    ['2024-12-26', 169, 'Walmart'],
    ['2025-02-01', 189.99, 'Amazon'],
  ],
  'PC-1010': [
    ['2024-06-01', 1395, 'Herman Miller Store'],
    ['2024-11-20', 1185.75, 'Herman Miller Store'],
    ['2025-01-15', 1395, 'Design Within Reach'],
  ],
};

type Forecast = [date: string, predicted: number, trend: string];

const trends: Record<string, Forecast[]> = {
  'PC-1001': [
    ['2025-03-01', 87.5, 'down'],
    ['2025-04-01', 86.99, 'stable'],
    ['2025-05-01', 89.99, 'up'],
  ],
  'PC-1002': [
    ['2025-03-01', 329, 'stable'],
    ['2025-04-01', 299.99, 'down'],
  ],
  'PC-1005': [['2025-03-01', 84.99, 'down']],
  'PC-1008': [
    ['2025-03-01', 199, 'up'],
    ['2025-06-01', 179, 'down'],
  ],
  'PC-1009': [
    ['2025-03-01', 159.99, 'down'],
    ['2025-04-01', 149.99, 'down'],
  ],
};

type Deal = [store: string, percent: number, start: string, end: string, original: number];

const deals: Record<string, Deal[]> = {
  'PC-1001': [
    ['Amazon', 20, '2024-11-25', '2024-12-02', 99.99],
    ['Amazon', 10, '2025-02-10', '2025-02-24', 99.99],
    ['Best Buy', 15, '2025-03-01', '2025-03-08', 99.99],
  ],
  'PC-1002': [
    ['Amazon', 30.5, '2024-11-25', '2024-12-02', 399.99],
    ['Costco', 20, '2025-02-01', '2025-02-28', 399.99],
  ],
  'PC-1006': [['Walmart', 0, '2025-02-14', '2025-02-16', 69]],
  'PC-1008': [
    ['Walmart', 15, '2024-12-20', '2024-12-27', 199],
    ['Target', 25, '2025-03-15', '2025-03-22', 249.99],
  ],
};

const cents = (value: number) => Math.round(value * 100) / 100;

export const demo: z.input<typeof scenarioSchema> = {
  products: Object.fromEntries(products.map(([pid, pos, name]) => [pid, { pid, pos, name }])),
  retailerPrices: Object.fromEntries(
    Object.entries(offers).map(([pid, rows]) => [
      pid,
      rows.map(([store_name, price, availability]) => ({ store_name, price, availability })),
    ]),
  ),
  priceHistory: Object.fromEntries(
    Object.entries(history).map(([pid, rows]) => [pid, rows.map(([date, price, retailer]) => ({ date, price, retailer }))]),
  ),
  priceTrends: Object.fromEntries(
    Object.entries(trends).map(([pid, rows]) => [pid, rows.map(([date, predicted_price, trend]) => ({ date, predicted_price, trend }))]),
  ),
  discountInfo: Object.fromEntries(
    Object.entries(deals).map(([pid, rows]) => {
      const byStore: Record<
        string,
        { discount_percentage: number; start_date: string; end_date: string; original_price: number; discounted_price: number }[]
      > = {};
      for (const [store, percent, start, end, original] of rows) {
        (byStore[store] ??= []).push({
          discount_percentage: percent,
          start_date: start,
          end_date: end,
          original_price: original,
          discounted_price: cents(original * (1 - percent / 100)),
        });
      }
      return [pid, byStore];
    }),
  ),
  retailerList: [
    'Amazon',
    'Walmart',
    'Target',
    'Best Buy',
    'Newegg',
    'eBay',
    'Costco',
    'Home Depot',
    "Lowe's",
    "Macy's",
    'Dell',
    'B&H Photo',
  ],
  availabilityStatuses: ['In Stock', 'Out of Stock', 'Limited Stock', 'Backorder', 'Pre-order'],
};
