import { z } from 'zod';

// Same fields, order, constraints and defaults as the reference's TelecomScenario. The reference's
// patterns run on Rust's regex engine, where \d is any Unicode decimal digit: \p{Nd} keeps that.
const PHONE = /^\+?1?\p{Nd}{9,15}$/u;
const DATE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u;
const DATE_TIME = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;

export const customerSchema = z.object({
  customer_id: z.string(),
  full_name: z.string(),
  phone_number: z.string().regex(PHONE, 'phone_number must be 9–15 digits, optionally prefixed by + and/or 1'),
  email: z.string(),
  city: z.string(),
  country: z.string(),
  line_ids: z.array(z.string()).default(() => []),
  bill_ids: z.array(z.string()).default(() => []),
  dob: z.string().regex(DATE, 'dob must be YYYY-MM-DD'),
});

export const billSchema = z.object({
  bill_id: z.string(),
  customer_id: z.string(),
  issue_date: z.string().regex(DATE_TIME, 'issue_date must be YYYY-MM-DDTHH:MM:SS'),
  total_due: z.number().min(0),
  status: z.string(),
});

export const lineSchema = z.object({
  line_id: z.string(),
  customer_id: z.string(),
  status: z.string().default('active'),
  roaming_enabled: z.boolean().default(false),
  data_used_gb: z.number().min(0).default(0),
  data_limit_gb: z.int().min(0).default(20),
  data_refueling_gb: z.number().min(0).default(0),
  cycle_end_date: z.string().regex(DATE, 'cycle_end_date must be YYYY-MM-DD'),
});

export const scenarioSchema = z.object({
  customers: z.record(z.string(), customerSchema).default(() => ({})),
  bills: z.record(z.string(), billSchema).default(() => ({})),
  lines: z.record(z.string(), lineSchema).default(() => ({})),
  // Price of one extra GB of data, in USD, by the customer's country.
  dataRefuelRatesMap: z.record(z.string(), z.number()).default(() => ({
    US: 15.0,
    CA: 12.0,
    UK: 18.0,
    DE: 20.0,
    FR: 22.0,
    AU: 25.0,
    JP: 30.0,
    KR: 28.0,
    BR: 8.0,
    MX: 10.0,
    IN: 5.0,
    CN: 8.0,
    RU: 7.0,
    ZA: 12.0,
    NG: 6.0,
    EG: 9.0,
    AR: 11.0,
    CL: 13.0,
    CO: 9.0,
    PE: 8.0,
  })),
  // Daily roaming charge, in USD, by country (informational: no tool charges it).
  roamingRatesMap: z.record(z.string(), z.number()).default(() => ({
    US: 0.0,
    CA: 5.0,
    UK: 15.0,
    DE: 12.0,
    FR: 14.0,
    AU: 20.0,
    JP: 25.0,
    KR: 22.0,
    BR: 8.0,
    MX: 10.0,
    IN: 18.0,
    CN: 16.0,
    RU: 14.0,
    ZA: 18.0,
    NG: 15.0,
    EG: 12.0,
    AR: 10.0,
    CL: 11.0,
    CO: 9.0,
    PE: 10.0,
  })),
  // The reference makes this field mandatory, yet its own example scenarios omit it; a fixed
  // instant lets those (and `{}`) load.
  current_time: z.string().regex(DATE_TIME, 'current_time must be YYYY-MM-DDTHH:MM:SS').default('2025-01-01T00:00:00'),
});

export type TelecomState = z.output<typeof scenarioSchema>;
export type Customer = z.output<typeof customerSchema>;
export type Line = z.output<typeof lineSchema>;
export type Bill = z.output<typeof billSchema>;
