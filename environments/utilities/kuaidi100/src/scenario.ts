import { DIGITS_WITH_UNDERSCORES, underscoresBetweenDigits, withoutUnderscores } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, order, constraints and defaults as the reference's Kuaidi100Scenario. Its patterns
// run on Rust's regex engine, where \d is any Unicode decimal digit: \p{Nd} keeps that.
const EVENT_TIME = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2} \p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;
const ISO_TIME = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;

export const trackingEventSchema = z.object({
  time: z.string().regex(EVENT_TIME, 'time must be YYYY-MM-DD HH:MM:SS'),
  context: z.string(),
});

export const trackingDataSchema = z.object({
  kuaidi_num: z.string(),
  kuaidi_company: z.string(),
  data: z.array(trackingEventSchema).default(() => []),
});

/** The three service levels a shipment can be sent with, fastest last. */
export const SERVICE_TYPES = ['标准快递', '经济快递', '特快专递'] as const;

const ZONE_PAIRS = [
  '1-1',
  '1-2',
  '1-3',
  '1-4',
  '1-5',
  '2-1',
  '2-2',
  '2-3',
  '2-4',
  '2-5',
  '3-1',
  '3-2',
  '3-3',
  '3-4',
  '3-5',
  '4-1',
  '4-2',
  '4-3',
  '4-4',
  '4-5',
  '5-1',
  '5-2',
  '5-3',
  '5-4',
  '5-5',
];
const byZonePair = (values: number[]) => () => Object.fromEntries(ZONE_PAIRS.map((pair, i) => [pair, values[i] ?? 0]));

// Pydantic reads these maps in lax mode: a boolean counts as 0/1 and a numeric string as its number.
// Scenarios written that way load there, so they load here too (saved back as numbers).
// Python number syntax allows single underscores between digits ("1_000"); an int may end in ".0".
// Each part of these patterns can match a given stretch of text in one way only: two digit runs
// side by side ("digits, optional dot, optional digits") could split a long run anywhere, and
// retrying every split is quadratic in the run (seconds at 40 000 digits).
const DIGITS = DIGITS_WITH_UNDERSCORES;
const INT_TEXT = new RegExp(String.raw`^\s*[+-]?${DIGITS}(?:\.0+)?\s*$`);
const FLOAT_TEXT = new RegExp(String.raw`^\s*[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?\s*$`);
const laxNumber = (text: RegExp) => (value: unknown) => {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && text.test(value) && underscoresBetweenDigits(value)) return Number(withoutUnderscores(value));
  return value;
};
const laxInt = z.preprocess(laxNumber(INT_TEXT), z.int());
const laxFloat = z.preprocess(laxNumber(FLOAT_TEXT), z.number());

export const scenarioSchema = z.object({
  tracking_records: z.record(z.string(), trackingDataSchema).default(() => ({})),
  // Informational: no tool reads it (zones come from the addresses).
  company_zones: z.record(z.string(), laxInt).default(() => ({
    shunfeng: 1,
    jd: 2,
    debangkuaidi: 3,
    yuantong: 4,
    zhongtong: 5,
    shentong: 6,
    yunda: 7,
    ems: 8,
  })),
  // CNY per kg, by courier code.
  base_rates: z.record(z.string(), laxFloat).default(() => ({
    shunfeng: 12.0,
    jd: 10.0,
    debangkuaidi: 8.0,
    yuantong: 6.0,
    zhongtong: 5.0,
    shentong: 6.0,
    yunda: 5.0,
    ems: 15.0,
  })),
  zone_multipliers: z
    .record(z.string(), laxFloat)
    .default(
      byZonePair([
        1.0, 1.2, 1.5, 1.8, 2.0, 1.2, 1.0, 1.3, 1.6, 1.9, 1.5, 1.3, 1.0, 1.4, 1.7, 1.8, 1.6, 1.4, 1.0, 1.3, 2.0, 1.9, 1.7, 1.3, 1.0,
      ]),
    ),
  // Base transit hours by service type.
  service_speeds: z.record(z.string(), laxInt).default(() => ({ 标准快递: 48, 经济快递: 72, 特快专递: 24 })),
  // Kilometres between zones.
  zone_distances: z
    .record(z.string(), laxInt)
    .default(
      byZonePair([
        500, 800, 1200, 1800, 2500, 800, 400, 900, 1400, 2000, 1200, 900, 600, 1000, 1600, 1800, 1400, 1000, 700, 1200, 2500, 2000, 1600,
        1200, 800,
      ]),
    ),
  // The reference makes this field mandatory, yet its own example scenarios omit it; a fixed
  // instant lets those (and `{}`) load.
  current_time: z.string().regex(ISO_TIME, 'current_time must be YYYY-MM-DDTHH:MM:SS').default('2025-01-01T00:00:00'),
});

export type Kuaidi100State = z.output<typeof scenarioSchema>;
