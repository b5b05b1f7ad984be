import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// "Northfield Outfitters", a small online shop for home, tech and outdoor gear. Worth exploring:
// two customers called Daniel Kim told apart only by zip code; a pending order holding the same
// item twice; a delivered order with one item already returned; a product sold in a single
// variant (nothing to exchange it for); a customer whose only registered method (apple_pay) the
// shop no longer accepts; a customer with no payment method at all; an order shipped to an address
// other than the customer's default; and orders in every status from pending to exchange requested.

type Address = { street: string; city: string; state: string; country: string };
const address = (street: string, city: string, state: string): Address => ({ street, city, state, country: 'USA' });

const products: [id: string, name: string, description: string, items: string[]][] = [
  [
    'P100',
    'Trail Running Shoes',
    'Lightweight trail shoes with a rock plate; sizes 8-11, two colours',
    ['SHOE-GRY-8', 'SHOE-GRY-9', 'SHOE-GRY-10', 'SHOE-BLU-9', 'SHOE-BLU-11'],
  ],
  [
    'P101',
    'Mechanical Keyboard',
    'Hot-swappable 75% keyboard; linear red or tactile brown switches, with or without backlight',
    ['KB-RED-RGB', 'KB-RED-NONE', 'KB-BRN-RGB', 'KB-BRN-NONE'],
  ],
  [
    'P102',
    'Insulated Water Bottle',
    'Double-wall steel bottle keeping drinks cold for 24 hours',
    ['BTL-500-BLK', 'BTL-750-BLK', 'BTL-750-SAGE', 'BTL-1000-SAGE'],
  ],
  ['P103', 'Down Jacket', '650-fill packable down jacket', ['JKT-S-NAVY', 'JKT-M-NAVY', 'JKT-L-NAVY', 'JKT-M-RUST', 'JKT-L-RUST']],
  ['P104', 'Wireless Earbuds', 'Noise-cancelling earbuds with wireless charging case', ['EAR-BLK', 'EAR-WHT']],
  ['P105', 'Cast Iron Skillet', 'Pre-seasoned 12-inch skillet', ['SKL-12']],
  ['P106', 'Camping Tent', 'Freestanding backpacking tent, 2 or 3 person', ['TENT-2P-GRN', 'TENT-3P-GRN', 'TENT-2P-ORG']],
  ['P107', 'Desk Lamp', 'LED desk lamp with adjustable colour temperature', ['LAMP-WHT', 'LAMP-BLK', 'LAMP-BLK-USB']],
  ['P108', 'Yoga Mat', 'Non-slip natural rubber mat, 4 or 6 mm', ['MAT-4-PURP', 'MAT-6-PURP', 'MAT-6-TEAL']],
  ['P109', 'Coffee Grinder', 'Conical burr grinder with 40 settings', ['GRND-SLV', 'GRND-BLK']],
  ['P110', 'Backpack', '28 L daypack with laptop sleeve', ['BAG-28-GRY', 'BAG-28-BLK', 'BAG-32-BLK']],
  ['P111', 'Smart Watch', 'GPS watch with heart-rate sensor; 41 or 45 mm case', ['WCH-41-BLK', 'WCH-45-BLK', 'WCH-41-SAND']],
];

type UserRow = { id: string; first: string; last: string; email: string; home: Address; zip: string; methods: string[] };
const users: UserRow[] = [
  {
    id: 'mia_garcia_4516',
    first: 'Mia',
    last: 'Garcia',
    email: 'mia.garcia@mailbox.com',
    home: address('742 Evergreen Terrace', 'Springfield', 'IL'),
    zip: '62704',
    methods: ['credit_card', 'paypal'],
  },
  {
    id: 'daniel_kim_2201',
    first: 'Daniel',
    last: 'Kim',
    email: 'dkim@fastmail.com',
    home: address('18 Harbor Way', 'Seattle', 'WA'),
    zip: '98101',
    methods: ['credit_card'],
  },
  {
    id: 'daniel_kim_7730',
    first: 'Daniel',
    last: 'Kim',
    email: 'daniel.kim77@gmail.com',
    home: address('5 Magnolia Court', 'Austin', 'TX'),
    zip: '78701',
    methods: ['paypal', 'gift_card'],
  },
  {
    id: 'olivia_brown_9034',
    first: 'Olivia',
    last: 'Brown',
    email: 'olivia.b@outlook.com',
    home: address('301 Lake Shore Drive', 'Chicago', 'IL'),
    zip: '60611',
    methods: ['credit_card', 'gift_card', 'paypal'],
  },
  {
    id: 'wei_zhang_1187',
    first: 'Wei',
    last: 'Zhang',
    email: 'wei.zhang@proton.me',
    home: address('90 Mission Street', 'San Francisco', 'CA'),
    zip: '94105',
    methods: ['alipay', 'wechat_pay', 'credit_card'],
  },
  {
    id: 'jose_alvarez_5520',
    first: 'José',
    last: 'Álvarez',
    email: 'jose.alvarez@correo.mx',
    home: address('12 Calle Ocho', 'Miami', 'FL'),
    zip: '33135',
    methods: ['paypal'],
  },
  {
    id: 'emma_wilson_3342',
    first: 'Emma',
    last: 'Wilson',
    email: 'emma.wilson@school.edu',
    home: address('44 College Ave', 'Boulder', 'CO'),
    zip: '80302',
    methods: ['apple_pay'],
  },
  {
    id: 'liam_oconnor_6611',
    first: 'Liam',
    last: "O'Connor",
    email: 'liam.oconnor@icloud.com',
    home: address('9 Beacon Street', 'Boston', 'MA'),
    zip: '02108',
    methods: ['credit_card', 'paypal'],
  },
  {
    id: 'sofia_rossi_8075',
    first: 'Sofia',
    last: 'Rossi',
    email: 'sofia.rossi@mailbox.com',
    home: address('1600 Pearl Street', 'Denver', 'CO'),
    zip: '80203',
    methods: [],
  },
  {
    id: 'noah_patel_2958',
    first: 'Noah',
    last: 'Patel',
    email: 'noah.patel@company.io',
    home: address('77 Peachtree Road', 'Atlanta', 'GA'),
    zip: '30305',
    methods: ['credit_card', 'gift_card'],
  },
];

type OrderRow = {
  id: string;
  user: string;
  status: string;
  items: (string | [string, string])[];
  total: number;
  to?: Address & { zip_code?: string };
};
const orders: OrderRow[] = [
  { id: '#W1001', user: 'mia_garcia_4516', status: 'pending', items: ['SHOE-GRY-9', 'BTL-750-BLK'], total: 164.5 },
  { id: '#W1002', user: 'mia_garcia_4516', status: 'delivered', items: ['KB-RED-RGB', 'LAMP-WHT'], total: 189.98 },
  { id: '#W1003', user: 'mia_garcia_4516', status: 'cancelled', items: ['EAR-BLK'], total: 129 },
  { id: '#W1004', user: 'daniel_kim_2201', status: 'shipped', items: ['JKT-M-NAVY'], total: 219 },
  { id: '#W1005', user: 'daniel_kim_2201', status: 'delivered', items: ['SKL-12', 'GRND-SLV'], total: 174.9 },
  { id: '#W1006', user: 'daniel_kim_7730', status: 'pending', items: ['TENT-2P-GRN', 'BAG-28-GRY'], total: 398 },
  { id: '#W1007', user: 'daniel_kim_7730', status: 'delivered', items: ['WCH-45-BLK'], total: 349 },
  { id: '#W1008', user: 'olivia_brown_9034', status: 'pending', items: ['MAT-6-PURP', 'MAT-6-PURP', 'BTL-500-BLK'], total: 151.85 },
  { id: '#W1009', user: 'olivia_brown_9034', status: 'delivered', items: [['JKT-S-NAVY', 'returned'], 'EAR-WHT'], total: 348 },
  { id: '#W1010', user: 'olivia_brown_9034', status: 'processing', items: ['GRND-BLK'], total: 95.9 },
  { id: '#W1011', user: 'wei_zhang_1187', status: 'delivered', items: ['KB-BRN-NONE', 'LAMP-BLK-USB', 'BAG-32-BLK'], total: 311.7 },
  {
    id: '#W1012',
    user: 'wei_zhang_1187',
    status: 'pending',
    items: ['WCH-41-SAND'],
    total: 329,
    to: { ...address('1 Infinite Loop', 'Cupertino', 'CA'), zip_code: '95014' },
  },
  { id: '#W1013', user: 'jose_alvarez_5520', status: 'delivered', items: ['SHOE-BLU-9'], total: 139.5 },
  { id: '#W1014', user: 'jose_alvarez_5520', status: 'return requested', items: [['TENT-3P-GRN', 'returned']], total: 289 },
  { id: '#W1015', user: 'emma_wilson_3342', status: 'pending', items: ['MAT-4-PURP'], total: 48 },
  { id: '#W1016', user: 'emma_wilson_3342', status: 'delivered', items: ['BTL-1000-SAGE'], total: 42 },
  { id: '#W1017', user: 'liam_oconnor_6611', status: 'exchange requested', items: [['JKT-L-NAVY', 'exchanged'], 'JKT-L-RUST'], total: 219 },
  { id: '#W1018', user: 'liam_oconnor_6611', status: 'delivered', items: ['SKL-12', 'SHOE-GRY-10'], total: 189.4 },
  { id: '#W1019', user: 'sofia_rossi_8075', status: 'pending', items: ['LAMP-BLK'], total: 59.99 },
  { id: '#W1020', user: 'noah_patel_2958', status: 'delivered', items: ['EAR-BLK', 'BAG-28-BLK', 'WCH-41-BLK'], total: 587 },
  { id: '#W1021', user: 'noah_patel_2958', status: 'pending', items: ['KB-BRN-RGB'], total: 149 },
  {
    id: '#W1022',
    user: 'noah_patel_2958',
    status: 'shipped',
    items: ['BTL-750-SAGE', 'MAT-6-TEAL'],
    total: 103.5,
    to: address('200 Office Park Blvd', 'Atlanta', 'GA'),
  },
];

const productOf = new Map(products.flatMap(([id, , , items]) => items.map((item) => [item, id] as const)));
const homeOf = new Map(users.map((u) => [u.id, u.home]));

export const demo: z.input<typeof scenarioSchema> = {
  users: Object.fromEntries(
    users.map((u) => [
      u.id,
      {
        user_id: u.id,
        name: { first: u.first, last: u.last },
        email: u.email,
        address: u.home,
        payment_methods: u.methods,
        order_ids: orders.filter((o) => o.user === u.id).map((o) => o.id),
        zip_code: u.zip,
      },
    ]),
  ),
  products: Object.fromEntries(
    products.map(([id, name, description, items]) => [id, { product_id: id, name, description, item_ids: items }]),
  ),
  orders: Object.fromEntries(
    orders.map((o) => [
      o.id,
      {
        order_id: o.id,
        user_id: o.user,
        status: o.status,
        items: o.items.map((entry) => {
          const [itemId, status] = typeof entry === 'string' ? [entry, 'normal'] : entry;
          return { item_id: itemId, product_id: productOf.get(itemId) ?? 'unknown', status };
        }),
        total_amount: o.total,
        address: o.to ?? homeOf.get(o.user) ?? address('', '', ''),
      },
    ]),
  ),
  payment_methods: ['credit_card', 'paypal', 'gift_card', 'alipay', 'wechat_pay'],
};
