import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, order, constraints and defaults as the reference's StripeScenario. Its patterns run
// on Rust's regex engine: \d is any Unicode decimal digit there (hence \p{Nd}) and $ is the very end.
const CURRENCY = /^[a-z]{3}$/;
const UTC_INSTANT = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}Z$/u;

const currency = z.string().regex(CURRENCY, 'currency must be three lowercase letters (ISO 4217, e.g. "usd")');
const metadata = z.record(z.string(), z.any());
const amountSchema = anyInteger().min(0, 'amount must be 0 or more, in the smallest currency unit (e.g. cents)');

export const paymentIntentSchema = z.object({
  id: z.string(),
  client_secret: z.string(),
  status: z.string(),
  amount: amountSchema,
  currency,
  customer: z.string().nullable().default(null),
  payment_method: z.string().nullable().default(null),
  metadata: metadata.default(() => ({})),
  created: anyInteger().min(0),
});

export const customerSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable().default(null),
  phone: z.string().nullable().default(null),
  metadata: metadata.default(() => ({})),
  created: anyInteger().min(0),
});

export const refundSchema = z.object({
  id: z.string(),
  amount: amountSchema,
  status: z.string(),
  reason: z.string().nullable().default(null),
  payment_intent_id: z.string(),
});

export const chargeSchema = z.object({
  id: z.string(),
  amount: anyInteger().min(0),
  currency,
  status: z.string(),
  customer: z.string().nullable().default(null),
  created: anyInteger().min(0),
});

export const scenarioSchema = z.object({
  payment_intents: z.record(z.string(), paymentIntentSchema).default(() => ({})),
  customers: z.record(z.string(), customerSchema).default(() => ({})),
  refunds: z.record(z.string(), refundSchema).default(() => ({})),
  // A history, in the order the charges were made (not keyed by id).
  charges: z.array(chargeSchema).default(() => []),
  // The reference requires this field, so `{}` would not load there; a fixed instant lets it load.
  current_time: z.string().regex(UTC_INSTANT, 'current_time must be YYYY-MM-DDTHH:MM:SSZ (UTC)').default('2025-01-01T00:00:00Z'),
});

export type StripeState = z.output<typeof scenarioSchema>;
export type PaymentIntent = z.output<typeof paymentIntentSchema>;
export type Customer = z.output<typeof customerSchema>;
export type Refund = z.output<typeof refundSchema>;
export type Charge = z.output<typeof chargeSchema>;
