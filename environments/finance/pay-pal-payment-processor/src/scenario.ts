import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, constraints and defaults as the reference's PayPalScenario. Its patterns run on
// Rust's regex engine, where \d is any Unicode decimal digit: \p{Nd} keeps that.
const MONEY = /^\p{Nd}+\.\p{Nd}{2}$/u;
const CURRENCY = /^[A-Z]{3}$/;
const INSTANT = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}Z?$/u;

export const money = (field: string) => z.string().regex(MONEY, `${field} must be a decimal string with two decimals, e.g. "25.00"`);
export const currency = z.string().regex(CURRENCY, 'currency must be a three-letter ISO 4217 code in capitals, e.g. "USD"');
const instant = (field: string) => z.string().regex(INSTANT, `${field} must be YYYY-MM-DDTHH:MM:SS with an optional Z`);

export const orderItemSchema = z.object({
  name: z.string(),
  quantity: anyInteger().min(1),
  unit_amount: money('unit_amount'),
});

export const orderSchema = z.object({
  id: z.string(),
  status: z.string(),
  intent: z.string(),
  amount: money('amount'),
  currency,
  description: z.string().nullable().default(null),
  items: z.array(orderItemSchema).default(() => []),
  links: z.array(z.record(z.string(), z.string())).default(() => []),
  payer: z.record(z.string(), z.unknown()).nullable().default(null),
  create_time: instant('create_time').nullable().default(null),
  update_time: instant('update_time').nullable().default(null),
});

export const authorizationSchema = z.object({
  id: z.string(),
  order_id: z.string(),
  amount: money('amount'),
  currency,
  expiration_time: instant('expiration_time'),
});

export const captureSchema = z.object({
  id: z.string(),
  order_id: z.string().nullable().default(null),
  authorization_id: z.string().nullable().default(null),
  status: z.string(),
  amount: money('amount'),
  currency,
  final_capture: z.boolean().default(false),
});

export const scenarioSchema = z.object({
  orders: z.record(z.string(), orderSchema).default(() => ({})),
  authorizations: z.record(z.string(), authorizationSchema).default(() => ({})),
  captures: z.record(z.string(), captureSchema).default(() => ({})),
  // Counters behind the ORDER-n, AUTH-n and CAPTURE-n ids.
  next_order_id: anyInteger().min(1).default(1),
  next_auth_id: anyInteger().min(1).default(1),
  next_capture_id: anyInteger().min(1).default(1),
  // The processor's clock: stamped on new and updated orders and on authorizations.
  current_time: instant('current_time').default('2026-03-05T12:12:45Z'),
});

export type PayPalState = z.output<typeof scenarioSchema>;
export type Order = z.output<typeof orderSchema>;
export type OrderItem = z.output<typeof orderItemSchema>;
export type Authorization = z.output<typeof authorizationSchema>;
export type Capture = z.output<typeof captureSchema>;
