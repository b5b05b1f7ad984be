import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type VariantRow = [title: string, price: string, sku: string, stock: number];
type ProductRow = { title: string; body: string; vendor: string; type: string; variants: VariantRow[]; images: string[] };

// "Juniper & Oak", a small home-goods shop. Edge cases: a product with no variants, sold-out
// variants, two vendors whose names differ only in case, a draft product with an empty vendor,
// orders that are unfulfilled, partially fulfilled, fulfilled and refunded, a guest order without a
// customer record and a customer who has never ordered.
const catalogue: ProductRow[] = [
  {
    title: 'Linen Throw Pillow',
    body: '<p>Stonewashed European linen, feather insert.</p>',
    vendor: 'Juniper & Oak',
    type: 'Home Decor',
    variants: [
      ['Oatmeal / 18"', '42.00', 'JO-PIL-OAT-18', 24],
      ['Sage / 18"', '42.00', 'JO-PIL-SAG-18', 0],
      ['Oatmeal / 22"', '48.00', 'JO-PIL-OAT-22', 11],
    ],
    images: ['https://cdn.juniperoak.example/pillow-oatmeal.jpg', 'https://cdn.juniperoak.example/pillow-sage.jpg'],
  },
  {
    title: 'Stoneware Mug Set',
    body: '<p>Set of four hand-glazed mugs, 12 oz.</p>',
    vendor: 'Hearth Ceramics',
    type: 'Kitchen',
    variants: [
      ['Speckled White', '56.00', 'HC-MUG4-WHT', 37],
      ['Midnight Blue', '56.00', 'HC-MUG4-BLU', 5],
    ],
    images: ['https://cdn.juniperoak.example/mugs.jpg'],
  },
  {
    title: 'Walnut Serving Board',
    body: '<p>Solid black walnut, finished with food-safe oil.</p>',
    vendor: 'Juniper & Oak',
    type: 'Kitchen',
    variants: [
      ['Small', '65.00', 'JO-BRD-S', 8],
      ['Large', '95.00', 'JO-BRD-L', 3],
    ],
    images: [],
  },
  {
    title: 'Beeswax Taper Candles',
    body: '<p>Pair of 10" hand-dipped tapers.</p>',
    vendor: 'Hive & Wick',
    type: 'Candles',
    variants: [
      ['Natural', '18.50', 'HW-TAP-NAT', 120],
      ['Ivory', '18.50', 'HW-TAP-IVY', 64],
    ],
    images: ['https://cdn.juniperoak.example/tapers.jpg'],
  },
  {
    title: 'Soy Candle - Cedar & Smoke',
    body: '<p>8 oz amber jar, 45-hour burn.</p>',
    vendor: 'hive & wick',
    type: 'Candles',
    variants: [['Default', '28.00', 'HW-SOY-CED', 0]],
    images: ['https://cdn.juniperoak.example/cedar.jpg'],
  },
  {
    title: 'Wool Blend Throw Blanket',
    body: '<p>50" x 60", fringed edges.</p>',
    vendor: 'Loom Collective',
    type: 'Textiles',
    variants: [
      ['Charcoal', '128.00', 'LC-THR-CHR', 6],
      ['Rust', '128.00', 'LC-THR-RST', 9],
    ],
    images: ['https://cdn.juniperoak.example/throw.jpg'],
  },
  {
    title: 'Gift Card',
    body: '<p>Delivered by email.</p>',
    vendor: 'Juniper & Oak',
    type: 'Gift Card',
    variants: [
      ['$25', '25.00', 'GC-25', 0],
      ['$50', '50.00', 'GC-50', 0],
      ['$100', '100.00', 'GC-100', 0],
    ],
    images: [],
  },
  {
    title: 'Terracotta Planter',
    body: '<p>Unglazed, with drainage hole and saucer.</p>',
    vendor: 'Hearth Ceramics',
    type: 'Garden',
    variants: [
      ['6"', '24.00', 'HC-PLT-6', 40],
      ['10"', '38.00', 'HC-PLT-10', 17],
    ],
    images: ['https://cdn.juniperoak.example/planter.jpg'],
  },
  { title: 'Spring Collection Preview', body: '', vendor: '', type: '', variants: [], images: [] },
  {
    title: 'Cotton Waffle Towel',
    body: '<p>Quick-drying Turkish cotton.</p>',
    vendor: 'Loom Collective',
    type: 'Textiles',
    variants: [
      ['Hand / White', '22.00', 'LC-TWL-H-WHT', 55],
      ['Bath / White', '44.00', 'LC-TWL-B-WHT', 21],
      ['Bath / Clay', '44.00', 'LC-TWL-B-CLY', 2],
    ],
    images: ['https://cdn.juniperoak.example/towel.jpg'],
  },
];

let nextVariantId = 101;
const products = catalogue.map((row, index) => {
  const id = index + 1;
  return {
    id,
    title: row.title,
    body_html: row.body,
    vendor: row.vendor,
    product_type: row.type,
    variants: row.variants.map(([title, price, sku, inventory_quantity]) => ({
      id: nextVariantId++,
      title,
      price,
      sku,
      inventory_quantity,
    })),
    images: row.images.map((src) => ({ src })),
  };
});

const variantsById = new Map(products.flatMap((p) => p.variants.map((v) => [v.id, { product: p.title, variant: v }] as const)));

type CustomerRow = [email: string, first: string, last: string];
const people: CustomerRow[] = [
  ['ava.thompson@example.com', 'Ava', 'Thompson'],
  ['marcus.lee@example.com', 'Marcus', 'Lee'],
  ['priya.natarajan@example.com', 'Priya', 'Natarajan'],
  ['jonas.weber@example.de', 'Jonas', 'Weber'],
  ['sofia.rossi@example.it', 'Sofia', 'Rossi'],
  ['ethan.brooks@example.com', 'Ethan', 'Brooks'],
  ['grace.kim@example.com', 'Grace', 'Kim'],
  ['noah.garcia@example.com', 'Noah', ''],
];

// [customer index or null for a guest, [variant id, quantity][], financial status, fulfillment status]
type OrderRow = [customer: number | null, items: [variant: number, quantity: number][], financial: string, fulfillment: string | null];
const orderRows: OrderRow[] = [
  [
    0,
    [
      [101, 2],
      [104, 1],
    ],
    'paid',
    'fulfilled',
  ],
  [1, [[106, 1]], 'paid', 'fulfilled'],
  [
    2,
    [
      [108, 3],
      [109, 1],
    ],
    'paid',
    'partial',
  ],
  [0, [[112, 1]], 'refunded', 'fulfilled'],
  [
    3,
    [
      [114, 1],
      [120, 2],
    ],
    'authorized',
    null,
  ],
  [null, [[117, 1]], 'paid', 'fulfilled'],
  [
    4,
    [
      [118, 2],
      [119, 2],
    ],
    'pending',
    null,
  ],
  [
    5,
    [
      [107, 1],
      [103, 1],
    ],
    'paid',
    'fulfilled',
  ],
  [1, [[110, 4]], 'partially_refunded', 'fulfilled'],
  [6, [[115, 1]], 'refunded', null],
  [2, [[104, 2]], 'paid', null],
];

const money = (cents: number) => (cents / 100).toFixed(2);
const toCents = (price: string) => Math.round(Number(price) * 100);

const spent = people.map(() => 0);
const ordersCount = people.map(() => 0);
const orders = orderRows.map(([who, items, financial_status, fulfillment_status], index) => {
  const id = 1001 + index;
  const line_items = items.map(([variantId, quantity]) => {
    const entry = variantsById.get(variantId);
    if (!entry) throw new Error(`demo preset: unknown variant ${variantId}`);
    return { title: `${entry.product} - ${entry.variant.title}`, quantity, price: entry.variant.price, variant_id: variantId };
  });
  const cents = line_items.reduce((sum, item) => sum + toCents(item.price) * item.quantity, 0);
  if (who !== null) {
    ordersCount[who] = (ordersCount[who] ?? 0) + 1;
    if (financial_status !== 'refunded') spent[who] = (spent[who] ?? 0) + cents;
  }
  return { id, name: `#${id}`, total_price: money(cents), financial_status, fulfillment_status, line_items, who };
});

const customers = people.map(([email, first_name, last_name], index) => ({
  id: index + 1,
  email,
  first_name,
  last_name,
  orders_count: ordersCount[index] ?? 0,
  total_spent: money(spent[index] ?? 0),
}));

export const demo: z.input<typeof scenarioSchema> = {
  products: Object.fromEntries(products.map((p) => [String(p.id), p])),
  orders: Object.fromEntries(
    orders.map(({ who, ...order }) => [
      String(order.id),
      { ...order, customer: who === null ? null : { ...(customers[who] as (typeof customers)[number]) } },
    ]),
  ),
  customers: Object.fromEntries(customers.map((c) => [String(c.id), c])),
  next_product_id: products.length + 1,
  next_order_id: 1001 + orders.length,
  next_customer_id: customers.length + 1,
  next_variant_id: nextVariantId,
};
