import { readFileSync } from 'node:fs';
import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';
import { syncSurroundings } from './sync.js';

// τ²-bench's TelecomDB (the agent's side) and TelecomUserDB (the user's phone and surroundings),
// field for field as pydantic's JSON dump writes them: dates "YYYY-MM-DD", date-times
// "YYYY-MM-DDTHH:MM:SS", every optional field present as null. One document holds both: the
// telecom database at the top level and the user's database under `user_db`.

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'a date-time YYYY-MM-DDTHH:MM:SS');

export const LINE_STATUSES = ['Active', 'Suspended', 'Pending Activation', 'Closed'] as const;
export const BILL_STATUSES = ['Draft', 'Issued', 'Awaiting Payment', 'Paid', 'Overdue', 'Disputed'] as const;

const plan = z.strictObject({
  plan_id: z.string(),
  name: z.string(),
  data_limit_gb: z.number(),
  price_per_month: z.number(),
  data_refueling_price_per_gb: z.number(),
});

const device = z.strictObject({
  device_id: z.string(),
  device_type: z.enum(['phone', 'router', 'tablet', 'watch', 'other']),
  model: z.string(),
  imei: z.string().nullable().default(null),
  is_esim_capable: z.boolean(),
  activated: z.boolean().default(false),
  activation_date: dateTime.nullable().default(null),
  last_esim_transfer_date: dateTime.nullable().default(null),
});

const line = z.strictObject({
  line_id: z.string(),
  phone_number: z.string(),
  status: z.enum(LINE_STATUSES).default('Pending Activation'),
  plan_id: z.string(),
  device_id: z.string().nullable().default(null),
  data_used_gb: z.number().default(0),
  data_refueling_gb: z.number().default(0),
  roaming_enabled: z.boolean().default(false),
  contract_end_date: date.nullable().default(null),
  last_plan_change_date: date.nullable().default(null),
  last_sim_replacement_date: date.nullable().default(null),
  suspension_start_date: date.nullable().default(null),
});

const lineItem = z.strictObject({ description: z.string(), amount: z.number(), date, item_type: z.string() });

const bill = z.strictObject({
  bill_id: z.string(),
  customer_id: z.string(),
  period_start: date,
  period_end: date,
  issue_date: date,
  total_due: z.number(),
  due_date: date,
  line_items: z.array(lineItem).default(() => []),
  status: z.enum(BILL_STATUSES).default('Draft'),
});

const customer = z.strictObject({
  customer_id: z.string(),
  full_name: z.string(),
  date_of_birth: z.string(),
  email: z.string(),
  phone_number: z.string(),
  address: z.strictObject({ street: z.string(), city: z.string(), state: z.string(), zip_code: z.string() }),
  account_status: z.enum(['Active', 'Suspended', 'Pending Verification', 'Closed']).default('Pending Verification'),
  payment_methods: z
    .array(
      z.strictObject({
        method_type: z.enum(['Credit Card', 'Debit Card', 'PayPal']),
        account_number_last_4: z.string(),
        expiration_date: z.string(),
      }),
    )
    .default(() => []),
  line_ids: z.array(z.string()).default(() => []),
  bill_ids: z.array(z.string()).default(() => []),
  created_at: dateTime.default('2025-01-01T00:00:00'),
  last_extension_date: date.nullable().default(null),
  goodwill_credit_used_this_year: z.number().default(0),
});

// The user's phone (τ²'s MockPhoneAttributes) and surroundings.
export const SIGNAL_STRENGTHS = ['none', 'poor', 'fair', 'good', 'excellent'] as const;
export const NETWORK_TECHNOLOGIES = ['none', '2G', '3G', '4G', '5G'] as const;
export const NETWORK_MODES = ['4g_5g_preferred', '4g_only', '3g_only', '2g_only'] as const;
const signal = z.enum(SIGNAL_STRENGTHS);
const technology = z.enum(NETWORK_TECHNOLOGIES);

export const apnSettingsSchema = z.strictObject({
  apn_name: z.enum(['internet', 'broken']).default('internet'),
  reset_at_reboot: z.boolean().default(false),
  mms_apn: z.string().nullable().default('mms'),
  mmsc_url: z.string().nullable().default('http://mms.carrier.com/mms/wapenc'),
  mms_proxy: z.string().nullable().default(null),
  mms_port: z.number().int().nullable().default(null),
});

const permissions = z.strictObject({
  sms: z.boolean().default(false),
  storage: z.boolean().default(false),
  phone: z.boolean().default(false),
  network: z.boolean().default(false),
});

const phone = z.strictObject({
  sim_card_status: z.enum(['active', 'missing', 'locked_pin', 'locked_puk']).default('active'),
  sim_card_missing: z.boolean().default(false),
  airplane_mode: z.boolean().default(false),
  network_signal_strength: signal.default('good'),
  network_technology_connected: technology.default('5G'),
  network_connection_status: z.enum(['connected', 'searching', 'no_service', 'emergency_only']).default('connected'),
  battery_level: z.number().int().default(80),
  data_enabled: z.boolean().default(true),
  roaming_enabled: z.boolean().default(false),
  network_mode_preference: z.enum(NETWORK_MODES).default('4g_5g_preferred'),
  active_apn_settings: apnSettingsSchema.default(() => apnSettingsSchema.parse({})),
  wifi_enabled: z.boolean().default(false),
  wifi_connected: z.boolean().default(false),
  wifi_ssid: z.string().nullable().default(null),
  wifi_signal_strength: signal.default('none'),
  wifi_calling_enabled: z.boolean().default(false),
  wifi_calling_mms_over_wifi: z.boolean().default(false),
  data_saver_mode: z.boolean().default(false),
  vpn_enabled_setting: z.boolean().default(false),
  vpn_connected: z.boolean().default(false),
  vpn_details: z
    .strictObject({
      server_address: z.string().nullable().default(null),
      protocol: z.string().nullable().default(null),
      server_performance: z.enum(['unknown', 'poor', 'fair', 'good', 'excellent']).default('unknown'),
    })
    .nullable()
    .default(null),
  app_statuses: z.record(
    z.string(),
    z.strictObject({ app_name: z.string(), permissions: permissions.default(() => permissions.parse({})) }),
  ),
});

const surroundings = z.strictObject({
  name: z.string().nullable().default(null),
  phone_number: z.string().nullable().default(null),
  is_abroad: z.boolean().default(false),
  roaming_allowed: z.boolean().default(false),
  signal_strength: z
    .partialRecord(technology, signal)
    .default(() => ({ '2G': 'poor', '3G': 'fair', '4G': 'good', '5G': 'excellent' }) as const),
  mobile_data_usage_exceeded: z.boolean().default(false),
  line_active: z.boolean().default(true),
  payment_request: z
    .strictObject({ bill_id: z.string(), amount_due: z.number(), paid: z.boolean().default(false) })
    .nullable()
    .default(null),
});

const userDbSchema = z.strictObject({ device: phone, surroundings });

const databaseSchema = z.strictObject({
  plans: z.array(plan),
  customers: z.array(customer),
  lines: z.array(line),
  bills: z.array(bill),
  devices: z.array(device),
});

let shipped: { db: z.output<typeof databaseSchema>; user: z.output<typeof userDbSchema> } | undefined;

/** The databases this package ships (data/db.json, data/user_db.json), read and checked on first use. */
export function shippedDb() {
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));
  shipped ??= { db: databaseSchema.parse(read('db.json')), user: userDbSchema.parse(read('user_db.json')) };
  return shipped;
}

const worldSchema = z.strictObject({
  plans: databaseSchema.shape.plans.default(() => shippedDb().db.plans),
  customers: databaseSchema.shape.customers.default(() => shippedDb().db.customers),
  lines: databaseSchema.shape.lines.default(() => shippedDb().db.lines),
  bills: databaseSchema.shape.bills.default(() => shippedDb().db.bills),
  devices: databaseSchema.shape.devices.default(() => shippedDb().db.devices),
  user_db: userDbSchema.default(() => shippedDb().user),
});

// A world starts in step, as τ²'s set_state leaves it (it ends with sync_tools): the user's
// surroundings follow their line. Done in place while parsing, because loaded states are frozen
// and tools marked read-only must not have to write. A phone number without a line is refused.
export const scenarioSchema = worldSchema.superRefine((db, ctx) => {
  try {
    syncSurroundings(db);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      path: ['user_db', 'surroundings', 'phone_number'],
      message: error instanceof Error ? error.message : String(error),
    });
  }
});

export type TelecomDb = z.output<typeof worldSchema>;
export type Plan = z.output<typeof plan>;
export type Line = z.output<typeof line>;
export type Bill = z.output<typeof bill>;
export type Customer = z.output<typeof customer>;
export type Device = z.output<typeof device>;
export type Phone = z.output<typeof phone>;
export type Surroundings = z.output<typeof surroundings>;
export type ApnSettings = z.output<typeof apnSettingsSchema>;
export type NetworkTechnology = (typeof NETWORK_TECHNOLOGIES)[number];
export type SignalStrength = (typeof SIGNAL_STRENGTHS)[number];

export const defineTelecomToolBase = toolsFor<TelecomDb>();
