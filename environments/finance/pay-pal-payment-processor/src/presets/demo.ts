import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type Item = { name: string; quantity: number; unit_amount: string };
type OrderRow = [
  n: number,
  status: string,
  intent: string,
  amount: string,
  currency: string,
  description: string | null,
  items: Item[],
  payer: Record<string, unknown> | null,
  created: string,
  updated: string,
];

const item = (name: string, quantity: number, unit_amount: string): Item => ({ name, quantity, unit_amount });
const payer = (id: string, given: string, surname: string, email: string, country: string) => ({
  payer_id: id,
  name: { given_name: given, surname },
  email_address: email,
  address: { country_code: country },
});

// A day of checkouts at a small online coffee roaster, on 5 March 2026. Worth exploring: orders in
// every state, an AUTHORIZE order captured in two parts (the second one final), an authorization not
// yet captured, a euro and a yen order (the yen one written with two decimals as the schema requires),
// an order with no payer yet, one with no items and one without a description.
const orders: OrderRow[] = [
  [
    1,
    'COMPLETED',
    'CAPTURE',
    '42.50',
    'USD',
    'Ethiopia Yirgacheffe, 2 bags',
    [item('Ethiopia Yirgacheffe 340g', 2, '21.25')],
    payer('PAYERQ7M2K', 'Hannah', 'Brooks', 'hannah.brooks@example.com', 'US'),
    '2026-03-05T08:02:11Z',
    '2026-03-05T08:03:40Z',
  ],
  [
    2,
    'APPROVED',
    'AUTHORIZE',
    '189.00',
    'USD',
    'Espresso grinder, pre-order',
    [item('Conical burr grinder', 1, '189.00')],
    payer('PAYER8XW4N', 'Marcus', 'Lee', 'marcus.lee@example.com', 'US'),
    '2026-03-05T08:45:00Z',
    '2026-03-05T08:46:12Z',
  ],
  [
    3,
    'CREATED',
    'CAPTURE',
    '18.90',
    'EUR',
    'Colombia Huila, 1 bag',
    [item('Colombia Huila 250g', 1, '18.90')],
    null,
    '2026-03-05T09:30:27Z',
    '2026-03-05T09:30:27Z',
  ],
  [
    4,
    'APPROVED',
    'AUTHORIZE',
    '96.00',
    'USD',
    'Office subscription, March',
    [item('Office blend 1kg', 3, '28.00'), item('Paper filters x200', 2, '6.00')],
    payer('PAYERC3T9B', 'Priya', 'Raman', 'accounts@raman-design.example', 'US'),
    '2026-03-05T10:12:54Z',
    '2026-03-05T10:13:30Z',
  ],
  [
    5,
    'COMPLETED',
    'CAPTURE',
    '3200.00',
    'JPY',
    'Kenya AA sample',
    [item('Kenya AA 100g', 1, '3200.00')],
    payer('PAYERJ5K1Z', 'Yuki', 'Tanaka', 'yuki.tanaka@example.jp', 'JP'),
    '2026-03-05T11:05:09Z',
    '2026-03-05T11:06:00Z',
  ],
  [6, 'CREATED', 'CAPTURE', '25.00', 'USD', 'Gift card', [], null, '2026-03-05T13:20:45Z', '2026-03-05T13:20:45Z'],
  [
    7,
    'APPROVED',
    'AUTHORIZE',
    '64.80',
    'USD',
    null,
    [item('Pour-over kettle', 1, '52.80'), item('Ceramic dripper', 1, '12.00')],
    payer('PAYERM0D6R', 'Diego', 'Santos', 'diego.santos@example.com', 'MX'),
    '2026-03-05T14:48:19Z',
    '2026-03-05T14:49:02Z',
  ],
  [
    8,
    'CREATED',
    'AUTHORIZE',
    '120.00',
    'USD',
    'Wholesale sample box',
    [item('Sample box', 4, '30.00')],
    null,
    '2026-03-05T16:31:58Z',
    '2026-03-05T16:31:58Z',
  ],
];

const orderId = (n: number) => `ORDER-${n}`;

export const demo: Input = {
  orders: Object.fromEntries(
    orders.map(([n, status, intent, amount, currency, description, items, who, created, updated]) => [
      orderId(n),
      {
        id: orderId(n),
        status,
        intent,
        amount,
        currency,
        description,
        items,
        links: [
          { rel: 'approve', href: `https://www.paypal.com/checkoutnow?token=${orderId(n)}` },
          { rel: 'self', href: `https://api.paypal.com/v2/checkout/orders/${orderId(n)}` },
        ],
        payer: who,
        create_time: created,
        update_time: updated,
      },
    ]),
  ),
  authorizations: {
    'AUTH-1': { id: 'AUTH-1', order_id: 'ORDER-2', amount: '189.00', currency: 'USD', expiration_time: '2026-04-04T08:46:12Z' },
    'AUTH-2': { id: 'AUTH-2', order_id: 'ORDER-4', amount: '96.00', currency: 'USD', expiration_time: '2026-04-04T10:13:30Z' },
    'AUTH-3': { id: 'AUTH-3', order_id: 'ORDER-7', amount: '64.80', currency: 'USD', expiration_time: '2026-04-04T14:49:02Z' },
  },
  captures: {
    'CAPTURE-1': { id: 'CAPTURE-1', order_id: 'ORDER-1', status: 'COMPLETED', amount: '42.50', currency: 'USD', final_capture: true },
    'CAPTURE-2': {
      id: 'CAPTURE-2',
      authorization_id: 'AUTH-2',
      status: 'COMPLETED',
      amount: '56.00',
      currency: 'USD',
      final_capture: false,
    },
    'CAPTURE-3': { id: 'CAPTURE-3', order_id: 'ORDER-5', status: 'COMPLETED', amount: '3200.00', currency: 'JPY', final_capture: true },
    'CAPTURE-4': {
      id: 'CAPTURE-4',
      authorization_id: 'AUTH-2',
      status: 'COMPLETED',
      amount: '40.00',
      currency: 'USD',
      final_capture: true,
    },
    'CAPTURE-5': { id: 'CAPTURE-5', authorization_id: 'AUTH-3', status: 'PENDING', amount: '64.80', currency: 'USD', final_capture: true },
  },
  next_order_id: 9,
  next_auth_id: 4,
  next_capture_id: 6,
  current_time: '2026-03-05T16:40:00Z',
};
