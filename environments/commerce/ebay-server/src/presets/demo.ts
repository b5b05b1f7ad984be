import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Scenario = z.input<typeof scenarioSchema>;

// A small eBay US marketplace on a Monday morning in April 2025. The signed-in seller
// ("current_user") already has three listings (LST000001-3, each with its item), so the next
// create_listing gets LST000004. Worth exploring: category ids that are substrings of others
// (93 in 9355 and 93427), an item in two categories (a list), items with no images, a seller with no
// feedback percentage, GBP and EUR prices, a 0.99 auction-style item, and cancelled/returned orders.
const categories: [string, string, string | null, number][] = [
  ['293', 'Consumer Electronics', null, 0],
  ['15032', 'Cell Phones & Accessories', null, 0],
  ['9355', 'Cell Phones & Smartphones', '15032', 1],
  ['625', 'Cameras & Photo', null, 0],
  ['31388', 'Digital Cameras', '625', 1],
  ['3676', 'Lenses & Filters', '625', 1],
  ['11450', 'Clothing, Shoes & Accessories', null, 0],
  ['93427', "Men's Shoes", '11450', 1],
  ['15724', "Women's Clothing", '11450', 1],
  ['220', 'Toys & Hobbies', null, 0],
  ['19107', 'Vintage & Antique Toys', '220', 1],
  ['112529', 'Headphones', '293', 1],
];

type Seller = { username: string; feedback_score: number; feedback_percentage?: number | null };
const sellers = {
  me: { username: 'current_user', feedback_score: 0, feedback_percentage: null },
  gadget: { username: 'gadget_outlet_usa', feedback_score: 48211, feedback_percentage: 99.6 },
  cam: { username: 'shutterbug_resale', feedback_score: 1873, feedback_percentage: 99.1 },
  kicks: { username: 'kickz_vault', feedback_score: 7320, feedback_percentage: 98.4 },
  toys: { username: 'attic_treasures_uk', feedback_score: 412, feedback_percentage: 100 },
  newbie: { username: 'first_time_seller_22', feedback_score: 3 },
  thrift: { username: 'closet_rehab', feedback_score: 955, feedback_percentage: 97.2 },
} satisfies Record<string, Seller>;

const standard = (cost: number, days = '3-5') => ({ method: 'USPS Ground Advantage', cost, estimated_days: days });
const returns30 = { returns_accepted: true, days: 30, paid_by: 'buyer' };
const noReturns = { returns_accepted: false };

const items: Scenario['items'] = {
  LST000001: {
    item_id: 'LST000001', title: 'Apple iPhone 13 128GB Midnight Unlocked - Good', description: 'Fully working iPhone 13, battery health 86%, light scratches on the frame. Phone only.',
    price: { value: 329.0, currency: 'USD' }, condition: 'USED', seller: sellers.me,
    images: ['https://i.ebayimg.com/images/g/lst1/s-l1600.jpg'], item_specifics: { category_id: '9355', quantity: 1, brand: 'Apple', storage: '128 GB' },
    shipping_options: [standard(0)], return_policy: returns30,
  },
  LST000002: {
    item_id: 'LST000002', title: 'Canon EF 50mm f/1.8 STM Lens', description: 'Nifty fifty in excellent condition with both caps.',
    price: { value: 95.0, currency: 'USD' }, condition: 'USED', seller: sellers.me,
    images: [], item_specifics: { category_id: '3676', quantity: 1, brand: 'Canon', mount: 'Canon EF' },
    shipping_options: [standard(6.5)], return_policy: noReturns,
  },
  LST000003: {
    item_id: 'LST000003', title: 'Patagonia Better Sweater Fleece Jacket Womens M', description: 'Oatmeal heather, worn twice. Smoke-free home.',
    price: { value: 64.99, currency: 'USD' }, condition: 'PRE_OWNED_EXCELLENT', seller: sellers.me,
    images: ['https://i.ebayimg.com/images/g/lst3/s-l1600.jpg'], item_specifics: { category_id: '15724', quantity: 1, size: 'M' },
    shipping_options: [standard(5.25)], return_policy: returns30,
  },
  '155012347788': {
    item_id: '155012347788', title: 'Sony WH-1000XM4 Wireless Noise Cancelling Headphones Black', description: 'Brand new sealed retail box, US model.',
    price: { value: 198.0, currency: 'USD' }, condition: 'NEW', seller: sellers.gadget,
    images: ['https://i.ebayimg.com/images/g/xm4a/s-l1600.jpg', 'https://i.ebayimg.com/images/g/xm4b/s-l1600.jpg'],
    item_specifics: { category_id: '112529', brand: 'Sony', model: 'WH-1000XM4', connectivity: 'Bluetooth' },
    shipping_options: [standard(0, '2-4'), { method: 'UPS 2nd Day Air', cost: 14.99, estimated_days: '2' }], return_policy: { returns_accepted: true, days: 60, paid_by: 'seller' },
  },
  '155012349901': {
    item_id: '155012349901', title: 'Samsung Galaxy S23 256GB Phantom Black Unlocked - Excellent Refurbished', description: 'Certified refurbished, includes charger, 1-year warranty.',
    price: { value: 389.99, currency: 'USD' }, condition: 'REFURBISHED', seller: sellers.gadget,
    images: ['https://i.ebayimg.com/images/g/s23/s-l1600.jpg'], item_specifics: { category_id: '9355', brand: 'Samsung', storage: '256 GB' },
    shipping_options: [standard(0, '2-4')], return_policy: returns30,
  },
  '155012350112': {
    item_id: '155012350112', title: 'Anker USB-C Charger 65W with Phone Case Bundle', description: 'Fast charger listed in both electronics and phone accessories.',
    price: { value: 39.99, currency: 'USD' }, condition: 'NEW', seller: sellers.gadget,
    images: [], item_specifics: { category_id: ['293', '15032'], brand: 'Anker' },
    shipping_options: [standard(0)], return_policy: returns30,
  },
  '204455661230': {
    item_id: '204455661230', title: 'Fujifilm X100V Digital Camera Silver', description: 'Low shutter count (2,100), original box, extra battery. A sought-after compact camera.',
    price: { value: 1549.0, currency: 'USD' }, condition: 'USED', seller: sellers.cam,
    images: ['https://i.ebayimg.com/images/g/x100v/s-l1600.jpg'], item_specifics: { category_id: '31388', brand: 'Fujifilm', megapixels: 26.1 },
    shipping_options: [{ method: 'FedEx 2Day', cost: 25.0, estimated_days: '2' }], return_policy: { returns_accepted: true, days: 14, paid_by: 'buyer' },
  },
  '204455661388': {
    item_id: '204455661388', title: 'Nikon F3 35mm Film Camera Body', description: 'Vintage film body, meter works, light seals replaced 2024.',
    price: { value: 289.0, currency: 'USD' }, condition: 'USED', seller: sellers.cam,
    images: ['https://i.ebayimg.com/images/g/f3/s-l1600.jpg'], item_specifics: { category_id: '625', brand: 'Nikon', format: '35mm' },
    shipping_options: [standard(12.0)], return_policy: noReturns,
  },
  '266701239954': {
    item_id: '266701239954', title: 'Nike Air Jordan 1 Retro High OG Chicago Lost & Found Size 10', description: 'Deadstock, never worn, original box with receipt.',
    price: { value: 410.0, currency: 'USD' }, condition: 'NEW_WITH_BOX', seller: sellers.kicks,
    images: ['https://i.ebayimg.com/images/g/aj1/s-l1600.jpg'], item_specifics: { category_id: '93427', brand: 'Jordan', us_size: 10 },
    shipping_options: [{ method: 'UPS Ground', cost: 0, estimated_days: '3-6' }], return_policy: noReturns,
  },
  '266701240017': {
    item_id: '266701240017', title: 'Adidas Samba OG White Black Gum Mens Size 9', description: 'Worn a handful of times, clean soles.',
    price: { value: 72.5, currency: 'USD' }, condition: 'PRE_OWNED_GOOD', seller: sellers.kicks,
    images: [], item_specifics: { category_id: '93427', brand: 'adidas', us_size: 9 },
    shipping_options: [standard(9.95)], return_policy: returns30,
  },
  '335588120045': {
    item_id: '335588120045', title: 'Vintage 1978 Kenner Star Wars Darth Vader Action Figure', description: 'Original 1978 figure with lightsaber, no cape. Ships from London.',
    price: { value: 85.0, currency: 'GBP' }, condition: 'USED', seller: sellers.toys,
    images: ['https://i.ebayimg.com/images/g/vader/s-l1600.jpg'], item_specifics: { category_id: '19107', year: 1978, franchise: 'Star Wars' },
    shipping_options: [{ method: 'Royal Mail International Tracked', cost: 18.0, estimated_days: '7-12' }], return_policy: noReturns,
  },
  '335588120190': {
    item_id: '335588120190', title: 'LEGO Star Wars Millennium Falcon 75257 Complete', description: 'All pieces verified, instructions included, no box. Vintage-style collectors item.',
    price: { value: 95.0, currency: 'EUR' }, condition: 'USED', seller: sellers.toys,
    images: [], item_specifics: { category_id: '220', set_number: '75257' },
    shipping_options: [{ method: 'DHL Economy', cost: 22.0, estimated_days: '6-10' }], return_policy: returns30,
  },
  '176612004321': {
    item_id: '176612004321', title: 'Mystery box of phone cases (lot of 10)', description: 'Assorted cases for older iPhone and Galaxy models. Starting bid.',
    price: { value: 0.99, currency: 'USD' }, condition: 'NEW_OTHER', seller: sellers.newbie,
    images: [], item_specifics: {}, shipping_options: [standard(4.0)], return_policy: {},
  },
  '176612004555': {
    item_id: '176612004555', title: "Levi's 501 Original Jeans Mens 32x32 Dark Wash", description: 'Gently used, no rips.',
    price: { value: 24.0, currency: 'USD' }, condition: 'PRE_OWNED_GOOD', seller: sellers.thrift,
    images: ['https://i.ebayimg.com/images/g/501/s-l1600.jpg'], item_specifics: { category_id: '11450', size: '32x32' },
    shipping_options: [standard(0)], return_policy: returns30,
  },
  '176612004602': {
    item_id: '176612004602', title: 'Bose QuietComfort 45 Headphones - For Parts', description: 'Left speaker dead. Sold as is for parts or repair.',
    price: { value: 45.0, currency: 'USD' }, condition: 'FOR_PARTS', seller: sellers.thrift,
    images: [], item_specifics: { category_id: '112529', brand: 'Bose' }, shipping_options: [standard(7.5)], return_policy: noReturns,
  },
};

const listing = (id: string, status: string, createdAt: string) => ({ listing_id: id, status, created_at: createdAt, url: `https://ebay.com/itm/${id}` });

export const demo: Scenario = {
  items,
  listings: {
    LST000001: listing('LST000001', 'ACTIVE', '2025-04-02T18:04:11'),
    LST000002: listing('LST000002', 'SOLD', '2025-03-20T10:45:00'),
    LST000003: listing('LST000003', 'ACTIVE', '2025-04-11T21:30:52'),
  },
  orders: {
    '12-11874-50321': {
      order_id: '12-11874-50321', status: 'DELIVERED', buyer: { username: 'lensfan_mia', email: 'mia.lopez@example.com' },
      items: [{ item_id: 'LST000002', title: 'Canon EF 50mm f/1.8 STM Lens', quantity: 1, price: 95.0 }],
      total: { value: 101.5, currency: 'USD' }, shipping_address: { name: 'Mia Lopez', street: '418 Alder St', city: 'Portland', state: 'OR', zip: '97204', country: 'US' },
      created_at: '2025-03-27T14:12:09',
    },
    '12-11901-77210': {
      order_id: '12-11901-77210', status: 'SHIPPED', buyer: { username: 'sneakerhead_dre', email: 'dre.w@example.com' },
      items: [{ item_id: '266701239954', quantity: 1, price: 410.0 }],
      total: { value: 410.0, currency: 'USD' }, shipping_address: { name: 'Andre Williams', street: '77 Fulton Ave', city: 'Atlanta', state: 'GA', zip: '30312', country: 'US' },
      created_at: '2025-04-12T08:55:40',
    },
    '12-11902-00415': {
      order_id: '12-11902-00415', status: 'PAID', buyer: { username: 'quiet_commute', email: 'lee.k@example.com' },
      items: [{ item_id: '155012347788', quantity: 2, price: 198.0 }],
      total: { value: 396.0, currency: 'USD' }, shipping_address: { name: 'Kim Lee', street: '9 Ocean Pkwy Apt 4C', city: 'Brooklyn', state: 'NY', zip: '11218', country: 'US' },
      created_at: '2025-04-13T22:18:03',
    },
    '12-11880-31337': {
      order_id: '12-11880-31337', status: 'CANCELLED', buyer: { username: 'bargain_bob', email: 'bob@example.com' },
      items: [{ item_id: '204455661388', quantity: 1, price: 289.0 }],
      total: { value: 301.0, currency: 'USD' }, shipping_address: {},
      created_at: '2025-03-30T11:00:00',
    },
    '12-11899-42000': {
      order_id: '12-11899-42000', status: 'RETURNED', buyer: { username: 'galaxy_gail', email: 'gail.p@example.com' },
      items: [{ item_id: '155012349901', quantity: 1, price: 389.99 }, { item_id: '155012350112', quantity: 1, price: 39.99 }],
      total: { value: 429.98, currency: 'USD' }, shipping_address: { name: 'Gail Park', street: '1200 Pine Rd', city: 'Austin', state: 'TX', zip: '78704', country: 'US' },
      created_at: '2025-04-05T16:40:27',
    },
    '12-11903-88888': {
      order_id: '12-11903-88888', status: 'AWAITING_PAYMENT', buyer: { username: 'london_collector', email: 'collector@example.co.uk' },
      items: [{ item_id: '335588120045', quantity: 1, price: 85.0 }],
      total: { value: 103.0, currency: 'GBP' }, shipping_address: { name: 'R. Hughes', street: '22 Baker St', city: 'London', zip: 'NW1 6XE', country: 'GB' },
      created_at: '2025-04-14T07:02:15',
    },
  },
  categories: Object.fromEntries(
    categories.map(([category_id, name, parent_id, level]) => [category_id, { category_id, name, parent_id, level }]),
  ),
  current_time: '2025-04-14T09:30:00',
};
