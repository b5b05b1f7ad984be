import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type CustomerRow = [
  id: string,
  email: string,
  name: string | null,
  phone: string | null,
  since: string,
  metadata?: Record<string, unknown>,
];
type IntentRow = [
  id: string,
  status: string,
  amount: number,
  currency: string,
  customer: string | null,
  paymentMethod: string | null,
  at: string,
  metadata?: Record<string, unknown>,
];
type RefundRow = [id: string, intent: string, amount: number, reason: string | null];

const unix = (instant: string): number => Date.parse(instant) / 1000;

// A small online roastery in mid-March 2025, selling in four currencies. Worth exploring: a guest
// checkout with no customer, a customer who never paid, two customers sharing a surname, a
// zero-decimal currency (jpy), a zero-amount intent, a canceled intent whose charge still shows as
// succeeded (as every charge does here), partial and full refunds, and one intent refunded twice.
const customers: CustomerRow[] = [
  ['cus_1', 'olivia.hart@brightmail.com', 'Olivia Hart', '+14155550112', '2024-11-02T09:14:00Z', { tier: 'subscriber' }],
  ['cus_2', 'mateo.silva@correo.es', 'Mateo Silva', '+34612345678', '2024-12-19T17:40:00Z'],
  ['cus_3', 'yuki.tanaka@jpmail.jp', 'Yuki Tanaka', '+819012345678', '2025-01-06T02:05:00Z', { locale: 'ja-JP' }],
  ['cus_4', 'ben.hart@brightmail.com', 'Ben Hart', null, '2025-01-21T20:31:00Z'],
  [
    'cus_5',
    'accounts@northwindcafe.co.uk',
    'Northwind Café Ltd',
    '+442079460123',
    '2025-02-03T11:00:00Z',
    { wholesale: true, vat_id: 'GB123456789' },
  ],
  ['cus_6', 'amina.diallo@postbox.fr', null, '+33698765432', '2025-02-27T08:22:00Z'],
  // Signed up this week and has not bought anything yet.
  ['cus_7', 'liam.obrien@inbox.ie', 'Liam O’Brien', null, '2025-03-12T19:45:00Z'],
];

const intents: IntentRow[] = [
  ['pi_1', 'succeeded', 2400, 'usd', 'cus_1', 'pm_card_visa_4242', '2025-02-01T10:02:11Z', { order_id: 'R-1001' }],
  ['pi_2', 'succeeded', 3850, 'eur', 'cus_2', 'pm_card_mastercard_4444', '2025-02-04T13:27:45Z', { order_id: 'R-1002' }],
  ['pi_3', 'succeeded', 5200, 'jpy', 'cus_3', 'pm_card_jcb_0505', '2025-02-09T03:15:00Z', { order_id: 'R-1003' }],
  ['pi_4', 'canceled', 1800, 'usd', 'cus_4', null, '2025-02-12T21:48:30Z'],
  ['pi_5', 'succeeded', 18500, 'gbp', 'cus_5', 'pm_bank_bacs_7788', '2025-02-15T09:00:00Z', { order_id: 'W-2001', invoice: 'INV-0045' }],
  ['pi_6', 'succeeded', 2400, 'usd', 'cus_1', 'pm_card_visa_4242', '2025-03-01T10:01:54Z', { order_id: 'R-1010', subscription: 'monthly' }],
  ['pi_7', 'processing', 4200, 'eur', 'cus_6', 'pm_sepa_debit_3141', '2025-03-03T16:20:05Z'],
  // A guest checkout: no customer record behind it.
  [
    'pi_8',
    'succeeded',
    1250,
    'usd',
    null,
    'pm_card_amex_0005',
    '2025-03-05T12:12:12Z',
    { order_id: 'R-1014', guest_email: 'guest.buyer@example.com' },
  ],
  ['pi_9', 'requires_payment_method', 3300, 'usd', 'cus_4', null, '2025-03-08T18:30:00Z'],
  ['pi_10', 'succeeded', 0, 'usd', 'cus_1', 'pm_card_visa_4242', '2025-03-10T10:00:00Z', { promo: 'FREESAMPLE' }],
  ['pi_11', 'succeeded', 9250, 'gbp', 'cus_5', 'pm_bank_bacs_7788', '2025-03-12T09:00:00Z', { order_id: 'W-2002' }],
  ['pi_12', 'requires_confirmation', 2750, 'eur', 'cus_2', 'pm_card_mastercard_4444', '2025-03-14T15:58:20Z'],
];

const refunds: RefundRow[] = [
  ['re_1', 'pi_2', 3850, 'requested_by_customer'],
  ['re_2', 'pi_5', 4000, null],
  ['re_3', 'pi_8', 1250, 'fraudulent'],
  // pi_11 was refunded twice for the same damaged sack: a duplicate a careful agent should notice.
  ['re_4', 'pi_11', 2500, 'requested_by_customer'],
  ['re_5', 'pi_11', 2500, 'duplicate'],
];

export const demo: Input = {
  payment_intents: Object.fromEntries(
    intents.map(([id, status, amount, currency, customer, paymentMethod, at, metadata], index) => [
      id,
      {
        id,
        client_secret: `${id}_secret_${index}`,
        status,
        amount,
        currency,
        customer,
        payment_method: paymentMethod,
        metadata: metadata ?? {},
        created: unix(at),
      },
    ]),
  ),
  customers: Object.fromEntries(
    customers.map(([id, email, name, phone, since, metadata]) => [
      id,
      { id, email, name, phone, metadata: metadata ?? {}, created: unix(since) },
    ]),
  ),
  refunds: Object.fromEntries(
    refunds.map(([id, intent, amount, reason]) => [id, { id, amount, status: 'succeeded', reason, payment_intent_id: intent }]),
  ),
  // Every intent left one charge behind when it was created, in the same order.
  charges: intents.map(([, , amount, currency, customer, , at], index) => ({
    id: `ch_${index + 1}`,
    amount,
    currency,
    status: 'succeeded',
    customer,
    created: unix(at),
  })),
  current_time: '2025-03-14T16:30:00Z',
};
