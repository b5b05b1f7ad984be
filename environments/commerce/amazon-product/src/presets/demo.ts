import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Demo = z.input<typeof scenarioSchema>;

// [ASIN, title, price (null = currently unavailable), rating, reviews, index, availability (null = no detail record)]
type Row = [string, string, number | null, number | null, number | null, string, string | null];

// A home-office and outdoors slice of the catalog. Worth exploring: "Kindle" matches three
// products across two indexes, a product with no price and no rating, two products that have no
// detail record (get_items skips them), "Toys" has no products assigned (so it searches
// everything), paperback and hardcover books with all-digit ASINs, and an expired deal.
const rows: Row[] = [
  ['B0BSHF7WHW', 'Kindle Paperwhite (16 GB) – 6.8" display, adjustable warm light', 149.99, 4.7, 58210, 'Electronics', 'In Stock'],
  ['B09SWW583J', 'Kindle Scribe (16 GB), 10.2" 300 ppi Paperwhite display, Basic Pen', 339.99, 4.3, 9412, 'Electronics', 'In Stock'],
  [
    'B0CFPJYX7P',
    'Kindle Kids (16 GB) – includes ad-free content and kid-friendly cover',
    129.99,
    4.6,
    3120,
    'Toys',
    'Only 4 left in stock',
  ],
  ['B08KTZ8249', 'Logitech MX Master 3 Advanced Wireless Mouse', 99.99, 4.6, 21433, 'Electronics', 'In Stock'],
  ['B07W6JN8V8', 'Logitech MX Keys Advanced Wireless Illuminated Keyboard', 119.99, 4.5, 15872, 'Electronics', 'In Stock'],
  ['B0B7CPSN2K', 'Anker 737 Power Bank (PowerCore 24K) 140W', 109.99, 4.4, 6210, 'Electronics', 'Temporarily out of stock'],
  ['B0C1H26C46', 'Sony WH-1000XM5 Wireless Noise Canceling Headphones', 398, 4.5, 12990, 'Electronics', 'In Stock'],
  ['B07PXGQC1Q', 'Apple AirPods (2nd Generation) Wireless Ear Buds', 129, 4.7, 512330, 'Electronics', 'In Stock'],
  ['B0D1XD1ZV3', 'Apple iPad Air 11-inch (M2) Wi-Fi 128GB', null, null, null, 'Electronics', 'Currently unavailable'],
  ['B08J65DST5', 'Apple Magic Keyboard for iPad Pro 11-inch', 299, 4.6, 18804, 'Electronics', null],
  [
    '0735211299',
    'Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones (Hardcover)',
    13.79,
    4.8,
    141002,
    'Books',
    'In Stock',
  ],
  ['0593135202', 'Project Hail Mary: A Novel (Hardcover)', 17.1, 4.7, 92115, 'Books', 'In Stock'],
  ['0316769487', 'The Catcher in the Rye (Paperback)', 9.99, 4.4, 38011, 'Books', 'In Stock'],
  ['1984801252', 'Kindle Unlimited Reading Journal (Paperback)', 7.5, 3.9, 214, 'Books', null],
  ['B07DNWFRS2', "Columbia Men's Watertight II Rain Jacket", 54.99, 4.5, 40987, 'Clothing', 'In Stock'],
  ['B0BGYFRJ8K', "Carhartt Men's Knit Cuffed Beanie", 19.99, 4.8, 98712, 'Clothing', 'In Stock'],
  ['B07PZ8Z4N3', "Smartwool Women's Hike Light Cushion Crew Socks", 23.95, 4.6, 5431, 'Clothing', 'In Stock'],
  ['B0BX4FK1W4', 'Stanley Quencher H2.0 FlowState Tumbler 40 oz', 45, 4.7, 88420, 'Home', 'In Stock'],
  ['B00FLYWNYQ', 'Instant Pot Duo 7-in-1 Electric Pressure Cooker, 6 Quart', 89.99, 4.7, 156112, 'Home', 'In Stock'],
  ['B0874ZZH8R', 'Ninja AF101 Air Fryer, 4 Qt', 89.99, 4.8, 120337, 'Home', 'In Stock'],
  ['B01LZD3M2R', 'Coleman Sundome Camping Tent, 4 Person', 89.99, 4.6, 40551, 'Sports', 'In Stock'],
  ['B07FNRPB3Y', 'Hydro Flask Standard Mouth Water Bottle 21 oz', 32.95, 4.8, 71240, 'Sports', 'In Stock'],
  ['B073ZJ1RZ4', 'CeraVe Moisturizing Cream, 19 oz', 17.78, 4.8, 130022, 'Beauty', 'In Stock'],
  ['B01MQE6S6S', 'Chemical Guys Mr. Pink Foaming Car Wash Soap, 16 oz', 9.99, 4.7, 49011, 'Automotive', 'In Stock'],
  ['B00004RALU', 'Fiskars Bypass Pruning Shears', 14.97, 4.7, 60233, 'Garden', 'In Stock'],
];

const url = (asin: string) => `https://www.amazon.com/dp/${asin}`;
const image = (asin: string) => `https://m.media-amazon.com/images/I/${asin}._AC_SL1500_.jpg`;
const usd = (amount: number | null) => (amount === null ? null : { amount, currency: 'USD' });

const features: Record<string, string[]> = {
  B0BSHF7WHW: ['6.8" 300 ppi glare-free display', 'Adjustable warm light', 'Up to 10 weeks of battery', 'IPX8 waterproof'],
  B08KTZ8249: ['8K DPI any-surface tracking', 'MagSpeed electromagnetic scrolling', 'USB-C quick charging'],
  B0C1H26C46: ['Industry-leading noise canceling', '30-hour battery life', 'Multipoint connection'],
  '0735211299': ['#1 New York Times bestseller', '320 pages'],
  B07DNWFRS2: ['Omni-Tech waterproof breathable shell', 'Packable into hand pocket'],
};

const products: NonNullable<Demo['products']> = {};
const items: NonNullable<Demo['items']> = {};
for (const [asin, title, price, rating, reviews, , availability] of rows) {
  products[asin] = {
    ASIN: asin,
    title,
    detail_page_url: url(asin),
    price: usd(price),
    image_url: price === null ? null : image(asin),
    rating,
    total_reviews: reviews,
  };
  if (availability !== null) {
    items[asin] = {
      ASIN: asin,
      title,
      description: `${title}. Sold by Amazon.com Services LLC.`,
      features: features[asin] ?? null,
      price: usd(price),
      images: price === null ? [] : [image(asin), image(asin).replace('_SL1500_', '_SL1000_')],
      rating,
      total_reviews: reviews,
      availability,
    };
  }
}

const indexes = ['All', 'Electronics', 'Books', 'Clothing', 'Home', 'Sports', 'Toys', 'Beauty', 'Automotive', 'Garden'];
const searchIndexMap: Record<string, string[]> = Object.fromEntries(indexes.map((index) => [index, [] as string[]]));
for (const [asin, , , , , index] of rows) {
  searchIndexMap.All?.push(asin);
  if (index !== 'Toys') searchIndexMap[index]?.push(asin);
}

export const demo: Demo = {
  products,
  items,
  variations: {
    B07DNWFRS2: [
      {
        ASIN: 'B07DNWFRS3',
        title: 'Columbia Watertight II – Black, M',
        variation_attributes: { Color: 'Black', Size: 'M' },
        price: usd(54.99),
        availability: 'In Stock',
      },
      {
        ASIN: 'B07DNWFRS4',
        title: 'Columbia Watertight II – Black, L',
        variation_attributes: { Color: 'Black', Size: 'L' },
        price: usd(54.99),
        availability: 'Only 2 left in stock',
      },
      {
        ASIN: 'B07DNWFRS5',
        title: 'Columbia Watertight II – Collegiate Navy, M',
        variation_attributes: { Color: 'Collegiate Navy', Size: 'M' },
        price: usd(49.99),
        availability: 'In Stock',
      },
      {
        ASIN: 'B07DNWFRS6',
        title: 'Columbia Watertight II – Red Spark, XXL',
        variation_attributes: { Color: 'Red Spark', Size: 'XXL' },
        price: null,
        availability: 'Currently unavailable',
      },
    ],
    B0BX4FK1W4: [
      {
        ASIN: 'B0BX4FK1W5',
        title: 'Stanley Quencher 40 oz – Cream',
        variation_attributes: { Color: 'Cream', Capacity: '40 oz' },
        price: usd(45),
        availability: 'In Stock',
      },
      {
        ASIN: 'B0BX4FK1W6',
        title: 'Stanley Quencher 30 oz – Rose Quartz',
        variation_attributes: { Color: 'Rose Quartz', Capacity: '30 oz' },
        price: usd(35),
        availability: 'In Stock',
      },
    ],
    B0BSHF7WHW: [
      {
        ASIN: 'B0BSHF7WHX',
        title: 'Kindle Paperwhite 16 GB – with ads',
        variation_attributes: { Storage: '16 GB', Offers: 'With ads' },
        price: usd(149.99),
        availability: 'In Stock',
      },
      {
        ASIN: 'B0BSHF7WHY',
        title: 'Kindle Paperwhite 16 GB – without ads',
        variation_attributes: { Storage: '16 GB', Offers: 'Without ads' },
        price: usd(169.99),
        availability: 'In Stock',
      },
      {
        ASIN: 'B0BSHF7WHZ',
        title: 'Kindle Paperwhite Signature Edition 32 GB',
        variation_attributes: null,
        price: usd(189.99),
        availability: null,
      },
    ],
  },
  browse_nodes: {
    '172282': { id: '172282', name: 'Electronics', is_root: true, children: ['541966', '172541', '2335752011'], ancestors: [] },
    '541966': { id: '541966', name: 'Computers & Accessories', is_root: false, children: ['11548956011'], ancestors: ['172282'] },
    '11548956011': {
      id: '11548956011',
      name: 'Keyboards, Mice & Accessories',
      is_root: false,
      children: [],
      ancestors: ['541966', '172282'],
    },
    '172541': { id: '172541', name: 'Headphones', is_root: false, children: [], ancestors: ['172282'] },
    '2335752011': { id: '2335752011', name: 'Cell Phones & Accessories', is_root: false, children: null, ancestors: ['172282'] },
    '283155': { id: '283155', name: 'Books', is_root: true, children: ['25', '17'], ancestors: [] },
    '25': { id: '25', name: 'Science Fiction & Fantasy', is_root: false, children: [], ancestors: ['283155'] },
    '17': { id: '17', name: 'Literature & Fiction', is_root: false, children: [], ancestors: ['283155'] },
    '1055398': { id: '1055398', name: 'Home & Kitchen', is_root: true, children: ['284507'], ancestors: [] },
    '284507': { id: '284507', name: 'Kitchen & Dining', is_root: false, children: [], ancestors: ['1055398'] },
    '3375251': { id: '3375251', name: 'Sports & Outdoors', is_root: true, children: ['3400371'], ancestors: null },
    '3400371': { id: '3400371', name: 'Camping & Hiking', is_root: false, children: [], ancestors: ['3375251'] },
  },
  deals: [
    {
      ASIN: 'B0BSHF7WHW',
      title: 'Kindle Paperwhite (16 GB)',
      deal_price: 124.99,
      list_price: 149.99,
      discount_percent: 17,
      end_time: '2025-03-31T23:59:59',
    },
    {
      ASIN: 'B0C1H26C46',
      title: 'Sony WH-1000XM5',
      deal_price: 328,
      list_price: 398,
      discount_percent: 18,
      end_time: '2025-03-15T07:00:00',
    },
    {
      ASIN: 'B00FLYWNYQ',
      title: 'Instant Pot Duo 6 Qt – Lightning Deal',
      deal_price: 59.99,
      list_price: 89.99,
      discount_percent: 33,
      end_time: '2025-03-02T18:30:00',
    },
    {
      ASIN: 'B0874ZZH8R',
      title: 'Ninja AF101 Air Fryer',
      deal_price: 89.99,
      list_price: 89.99,
      discount_percent: 0,
      end_time: '2025-04-01T00:00:00',
    },
    {
      ASIN: 'B07PXGQC1Q',
      title: 'Apple AirPods (2nd Gen) – Holiday deal',
      deal_price: 79,
      list_price: 129,
      discount_percent: 39,
      end_time: '2024-12-26T00:00:00',
    },
  ],
  search_index_map: searchIndexMap,
};
