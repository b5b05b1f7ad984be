import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// [title, price, category, rate, count, description]
type Row = [string, number, string, number, number, string];

// An outdoor-and-home boutique. Worth exploring: a product whose category ("garden") is not in the
// category list, a free sample priced 0, an unrated new arrival, user 3 with two carts, a cart
// left empty, a cart holding a product id that is no longer sold (99), and users with no cart.
const rows: Row[] = [
  ['Trailblazer 38L Hiking Backpack', 89.95, 'outdoors', 4.6, 412, 'Ventilated back panel, rain cover and hip-belt pockets.'],
  ['Ultralight Two-Person Tent', 249, 'outdoors', 4.4, 187, 'Freestanding, 1.6 kg packed, fly and footprint included.'],
  ['Insulated Steel Water Bottle 1L', 27.5, 'outdoors', 4.8, 1530, 'Keeps drinks cold for 24 hours, hot for 12.'],
  ['Headlamp 400 Lumen', 34.99, 'outdoors', 4.2, 640, 'USB-C rechargeable with red night mode.'],
  ['Merino Wool Hiking Socks (3 pack)', 29, "men's clothing", 4.7, 902, 'Cushioned sole, seamless toe, sizes M-XL.'],
  ['Packable Rain Jacket', 119, "men's clothing", 4.1, 233, 'Waterproof 2.5-layer shell that packs into its own pocket.'],
  ['Flannel Overshirt', 64, "men's clothing", 3.9, 88, 'Brushed cotton flannel, relaxed fit.'],
  ["Women's Trail Running Shorts", 45, "women's clothing", 4.5, 311, 'Quick-dry fabric with a zip pocket.'],
  ["Women's Down Vest", 139, "women's clothing", 4.6, 154, '650-fill responsibly sourced down.'],
  ['Linen Summer Dress', 78, "women's clothing", 3.6, 47, 'Breathable linen with side pockets.'],
  ['Sterling Silver Compass Pendant', 59, 'jewelery', 4.3, 71, 'Working compass face on an 18 inch chain.'],
  ['Turquoise Stud Earrings', 42, 'jewelery', 4, 39, 'Hand-set stones in sterling silver.'],
  ['Titanium Adventure Ring', 95, 'jewelery', 2.8, 12, 'Brushed titanium band, engraved topographic lines.'],
  ['Solar Power Bank 20000mAh', 54.99, 'electronics', 3.8, 566, 'Dual USB-A and USB-C, folding solar panel.'],
  ['GPS Hiking Watch', 329, 'electronics', 4.5, 298, 'Topo maps, 14-day battery, barometric altimeter.'],
  ['Bluetooth Camp Speaker', 69, 'electronics', 4.1, 143, 'IP67 waterproof with lantern mode.'],
  ['Handheld Two-Way Radios (pair)', 74.5, 'electronics', 3.5, 60, '22 channels, 35 mile range in open terrain.'],
  ['Raised Cedar Garden Bed', 149, 'garden', 4.4, 81, 'Untreated cedar, 4 x 2 ft.'],
  ['Trail Mix Sample Pack', 0, 'outdoors', 5, 3, 'Free with any order over $50.'],
  ['Wool Beanie', 24, "men's clothing", 0, 0, 'New arrival: ribbed merino beanie.'],
];

const products = Object.fromEntries(
  rows.map(([title, price, category, rate, count, description], i) => {
    const id = i + 1;
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return [
      String(id),
      { id, title, price, description, category, image: `https://cdn.trailhouse.shop/img/${id}-${slug}.jpg`, rating: { rate, count } },
    ];
  }),
);

type CartRow = [number, string, [number, number][]];
const cartRows: CartRow[] = [
  [
    1,
    '2025-01-03T10:15:00.000Z',
    [
      [1, 1],
      [3, 2],
    ],
  ],
  [2, '2025-01-04T18:42:10.000Z', [[15, 1]]],
  [
    3,
    '2025-01-05T08:05:33.000Z',
    [
      [5, 3],
      [20, 1],
      [19, 1],
    ],
  ],
  [3, '2025-01-09T21:30:00.000Z', [[9, 1]]],
  [4, '2025-01-06T12:00:00.000Z', []],
  [
    5,
    '2025-01-07T15:20:45.000Z',
    [
      [2, 1],
      [4, 2],
      [14, 1],
      [99, 1],
    ],
  ],
  [
    7,
    '2025-01-08T09:09:09.000Z',
    [
      [11, 1],
      [12, 2],
    ],
  ],
];

const carts = Object.fromEntries(
  cartRows.map(([userId, date, items], i) => {
    const id = i + 1;
    return [String(id), { id, userId, date, products: items.map(([productId, quantity]) => ({ productId, quantity })) }];
  }),
);

export const demo: z.input<typeof scenarioSchema> = {
  products,
  carts,
  categories: ['electronics', 'jewelery', "men's clothing", "women's clothing", 'outdoors'],
  next_product_id: rows.length + 1,
  user_credentials: {
    ana_hikes: 'Tr@il2025',
    'ben.ortiz': 'cedar#41',
    chloe_w: 'sunrise88',
    dev_patel: 'p@ckL1ght',
    'emma.r': 'N0rthFace!',
    finn: 'finn',
    grace_admin: 'Adm1n$ecure',
  },
};
