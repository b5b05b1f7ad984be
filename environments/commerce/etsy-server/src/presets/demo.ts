import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Scenario = z.input<typeof scenarioSchema>;
type Shop = { shop_id: number; shop_name: string; url: string; rating: number };

// Five small shops in early March 2024. Worth exploring: a sold-out listing (quantity 0), a tag with
// capitals that a category filter never matches, prices in EUR, GBP and JPY (divisor 1), a shop
// with no listings, a shop whose list still names a listing that was removed (1999), and receipts
// spread over a week for time-window queries.
const shop = (shop_id: number, shop_name: string, rating: number): Shop => ({
  shop_id,
  shop_name,
  url: `https://www.etsy.com/shop/${shop_name}`,
  rating,
});

const shops = {
  clay: shop(28114021, 'WheelhouseClayCo', 4.9),
  loom: shop(30552187, 'NorthLoomTextiles', 4.7),
  tin: shop(19875530, 'TinAndTimberVintage', 4.4),
  ink: shop(34001876, 'InkwellPrintShop', 5.0),
  kyoto: shop(31220019, 'KyotoPaperGoods', 4.8),
  fresh: shop(35500001, 'FreshStartCandles', 0),
};

type Item = {
  id: number;
  shop: Shop;
  title: string;
  description: string;
  cents: number;
  currency?: string;
  divisor?: number;
  quantity: number;
  tags: string[];
  materials: string[];
  images?: number;
  shipping?: Record<string, unknown>;
};

const items: Item[] = [
  {
    id: 1501,
    shop: shops.clay,
    title: 'Speckled Stoneware Mug, 12 oz',
    description: 'Wheel-thrown mug in oatmeal speckle glaze. Dishwasher safe.',
    cents: 3400,
    quantity: 14,
    tags: ['mug', 'ceramic', 'stoneware', 'coffee'],
    materials: ['stoneware', 'glaze'],
    images: 3,
    shipping: { processing_days: '3-5', origin: 'Asheville, NC' },
  },
  {
    id: 1502,
    shop: shops.clay,
    title: 'Ceramic Pour-Over Coffee Dripper',
    description: 'Handmade dripper that fits #2 filters. Matte black exterior.',
    cents: 4800,
    quantity: 6,
    tags: ['coffee', 'ceramic', 'pour over'],
    materials: ['stoneware'],
    images: 2,
    shipping: { processing_days: '3-5' },
  },
  {
    id: 1503,
    shop: shops.clay,
    title: 'Set of 4 Dinner Plates - Seafoam',
    description: 'Glossy seafoam glaze with raw clay rims. Made to order.',
    cents: 16500,
    quantity: 2,
    tags: ['plates', 'ceramic', 'dinnerware'],
    materials: ['stoneware', 'glaze'],
    images: 4,
    shipping: { processing_days: '10-14', fragile: true },
  },
  {
    id: 1504,
    shop: shops.clay,
    title: 'Tiny Bud Vase',
    description: 'A small vase for a single stem. Colors vary.',
    cents: 1800,
    quantity: 0,
    tags: ['vase', 'ceramic', 'gift'],
    materials: ['porcelain'],
    images: 1,
  },
  {
    id: 2201,
    shop: shops.loom,
    title: 'Chunky Merino Wool Throw Blanket',
    description: 'Hand-knit throw in undyed cream merino.',
    cents: 18900,
    quantity: 3,
    tags: ['blanket', 'wool', 'Boho', 'home decor'],
    materials: ['merino wool'],
    images: 3,
    shipping: { processing_days: '7-10', origin: 'Portland, ME' },
  },
  {
    id: 2202,
    shop: shops.loom,
    title: 'Linen Table Runner - Natural',
    description: 'Stonewashed European linen runner, 14 x 72 in.',
    cents: 4200,
    quantity: 11,
    tags: ['linen', 'table runner', 'home decor'],
    materials: ['linen'],
    images: 2,
  },
  {
    id: 2203,
    shop: shops.loom,
    title: 'Handwoven Wall Hanging',
    description: 'Macrame-inspired wall weaving with driftwood bar.',
    cents: 7600,
    quantity: 1,
    tags: ['wall hanging', 'weaving', 'boho'],
    materials: ['cotton rope', 'driftwood'],
    images: 2,
  },
  {
    id: 3301,
    shop: shops.tin,
    title: 'Vintage 1960s Pyrex Casserole Dish',
    description: 'Butterprint turquoise on white, lid included. Light utensil marks.',
    cents: 5500,
    quantity: 1,
    tags: ['vintage', 'pyrex', 'kitchen'],
    materials: ['glass'],
    images: 4,
    shipping: { processing_days: '1-2', insured: true },
  },
  {
    id: 3302,
    shop: shops.tin,
    title: 'Antique Brass Skeleton Key Set',
    description: 'Five assorted keys from the 1920s, no locks.',
    cents: 2900,
    quantity: 4,
    tags: ['vintage', 'antique', 'brass', 'keys'],
    materials: ['brass'],
    images: 1,
  },
  {
    id: 3303,
    shop: shops.tin,
    title: 'Mid-Century Teak Serving Tray',
    description: 'Danish modern teak tray, refinished with food-safe oil.',
    cents: 6800,
    currency: 'EUR',
    quantity: 1,
    tags: ['vintage', 'teak', 'mid century'],
    materials: ['teak'],
    images: 2,
  },
  {
    id: 4401,
    shop: shops.ink,
    title: 'Botanical Letterpress Print - Fern',
    description: 'Two-color letterpress on cotton paper, 8 x 10 in, unframed.',
    cents: 2400,
    quantity: 40,
    tags: ['print', 'letterpress', 'botanical', 'wall art'],
    materials: ['cotton paper', 'ink'],
    images: 2,
  },
  {
    id: 4402,
    shop: shops.ink,
    title: 'Custom Wedding Invitation Suite (set of 50)',
    description: 'Letterpress invitations with RSVP cards and envelopes. Proof within 3 days.',
    cents: 42500,
    quantity: 5,
    tags: ['wedding', 'invitation', 'letterpress', 'custom'],
    materials: ['cotton paper'],
    images: 3,
    shipping: { processing_days: '21-28' },
  },
  {
    id: 4403,
    shop: shops.ink,
    title: 'Moon Phase Greeting Card',
    description: 'Blank card with kraft envelope. A celestial gift.',
    cents: 600,
    currency: 'GBP',
    quantity: 120,
    tags: ['card', 'moon', 'celestial', 'gift'],
    materials: ['paper'],
    images: 1,
  },
  {
    id: 5101,
    shop: shops.kyoto,
    title: 'Washi Paper Notebook, A5 Dot Grid',
    description: 'Hand-bound notebook with washi cover, 96 pages.',
    cents: 2200,
    currency: 'JPY',
    divisor: 1,
    quantity: 25,
    tags: ['notebook', 'washi', 'stationery', 'gift'],
    materials: ['washi paper', 'thread'],
    images: 2,
    shipping: { origin: 'Kyoto, JP', international: true },
  },
  {
    id: 5102,
    shop: shops.kyoto,
    title: 'Origami Crane Garland - 1000 Cranes',
    description: 'Senbazuru garland folded by hand, strung in 25 strands.',
    cents: 39000,
    currency: 'JPY',
    divisor: 1,
    quantity: 1,
    tags: ['origami', 'wedding', 'garland'],
    materials: ['origami paper'],
    images: 3,
    shipping: { origin: 'Kyoto, JP', international: true },
  },
  {
    id: 5103,
    shop: shops.kyoto,
    title: 'Furoshiki Wrapping Cloth - Wave',
    description: 'Reusable cotton wrapping cloth with seigaiha wave print.',
    cents: 1650,
    currency: 'JPY',
    divisor: 1,
    quantity: 0,
    tags: ['furoshiki', 'gift wrap', 'eco'],
    materials: ['cotton'],
  },
];

const image = (id: number, n: number) => ({
  url: `https://i.etsystatic.com/demo/il_fullxfull.${id}_${n}.jpg`,
  full_height: 1500,
  full_width: n === 1 ? 2000 : 1500,
});

const receipt = (
  receipt_id: number,
  buyer_email: string,
  name: string,
  amount: number,
  currency: string,
  status: string,
  created_tsz: number,
  transactions: Record<string, unknown>[],
) => ({
  receipt_id,
  buyer_email,
  name,
  grandtotal: { amount, currency },
  status,
  created_tsz,
  transactions,
});

const shopListings: Record<string, number[]> = {};
for (const shopRecord of Object.values(shops)) shopListings[String(shopRecord.shop_id)] = [];
for (const item of items) shopListings[String(item.shop.shop_id)]?.push(item.id);
// A listing the shop removed: still named in its list, no longer in the catalog.
shopListings[String(shops.tin.shop_id)]?.push(1999);

export const demo: Scenario = {
  listings: Object.fromEntries(
    items.map((item) => [
      String(item.id),
      {
        listing_id: item.id,
        title: item.title,
        description: item.description,
        price: { amount: item.cents, currency: item.currency ?? 'USD', divisor: item.divisor ?? 100 },
        quantity: item.quantity,
        shop: item.shop,
        images: Array.from({ length: item.images ?? 0 }, (_, i) => image(item.id, i + 1)),
        tags: item.tags,
        materials: item.materials,
        shipping_profile: item.shipping ?? {},
      },
    ]),
  ),
  shops: Object.fromEntries(Object.values(shops).map((s) => [String(s.shop_id), s])),
  receipts: {
    '7700101': receipt(7700101, 'ana.silva@example.com', 'Ana Silva', 76.0, 'USD', 'completed', 1709251200, [
      { listing_id: 1501, quantity: 2, price: 34.0 },
    ]),
    '7700102': receipt(7700102, 'ben.ochoa@example.com', 'Ben Ochoa', 189.0, 'USD', 'shipped', 1709310600, [
      { listing_id: 2201, quantity: 1, price: 189.0 },
    ]),
    '7700103': receipt(7700103, 'chloe.m@example.com', 'Chloe Martin', 68.0, 'EUR', 'paid', 1709395200, [
      { listing_id: 3303, quantity: 1, price: 68.0 },
    ]),
    '7700104': receipt(7700104, 'd.kowalski@example.com', 'Dana Kowalski', 425.0, 'USD', 'in_production', 1709467200, [
      { listing_id: 4402, quantity: 1, price: 425.0, personalization: 'Sam & Jo, June 8' },
    ]),
    '7700105': receipt(7700105, 'eli.park@example.com', 'Eli Park', 3850.0, 'JPY', 'shipped', 1709553600, [
      { listing_id: 5101, quantity: 1, price: 2200 },
      { listing_id: 5103, quantity: 1, price: 1650 },
    ]),
    '7700106': receipt(7700106, 'fatima.r@example.com', 'Fatima Rahman', 48.0, 'USD', 'refunded', 1709640000, [
      { listing_id: 1502, quantity: 1, price: 48.0 },
    ]),
    '7700107': receipt(7700107, 'gus.h@example.com', 'Gus Hale', 18.0, 'GBP', 'completed', 1709726400, [
      { listing_id: 4403, quantity: 3, price: 6.0 },
    ]),
    '7700108': receipt(7700108, 'hana.y@example.com', 'Hana Yoshida', 0, 'USD', 'canceled', 1709812800, []),
  },
  shop_listings: shopListings,
};
