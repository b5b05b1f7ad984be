import { defineTool, type Draft, parsePythonFloat, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { type Kuaidi100State, SERVICE_TYPES } from '../scenario.js';
import { formatWallClock, parseWallClock, roundToCents } from './python-text.js';
import { lookup, zoneOf, zonePair } from './zones.js';

const HOUR_MS = 3_600_000;

function requireText(value: string, label: string): void {
  if (!value) throw new ToolError(`${label} must be a non-empty string`);
}

export const estimateTime = defineTool({
  name: 'estimate_time',
  description:
    'Estimate when a parcel will arrive. Addresses are Chinese (province/city/district, e.g. "广东省深圳市南山区"); ' +
    'kuaidi_company is a lowercase courier code such as shunfeng, jd, yuantong or ems. exp_type is 标准快递 ' +
    '(standard, default), 经济快递 (economy) or 特快专递 (express). Transit starts at order_time ' +
    '("YYYY-MM-DD HH:MM:SS") or now. Returns arrivalTime and remaining_transit_time in hours. logistic (past ' +
    'tracking data) is accepted but not used.',
  input: z.object({
    from_addr: z.string(),
    kuaidi_company: z.string(),
    to_addr: z.string(),
    exp_type: z.string().default('标准快递'),
    order_time: z.string().nullable().default(null),
    logistic: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<Kuaidi100State>, args) => {
    requireText(args.from_addr, 'From address');
    requireText(args.kuaidi_company, 'Courier company');
    requireText(args.to_addr, 'To address');
    if (!(SERVICE_TYPES as readonly string[]).includes(args.exp_type)) {
      throw new ToolError(`Invalid service type "${args.exp_type}": use one of ${SERVICE_TYPES.join(', ')}`);
    }
    const pair = zonePair(zoneOf(args.from_addr), zoneOf(args.to_addr));
    const baseHours = lookup(state.service_speeds, args.exp_type, 48);
    // Routes longer than 1000 km take proportionally longer; shorter ones take the base time.
    const distanceFactor = Math.max(1.0, lookup(state.zone_distances, pair, 1000) / 1000);
    const hours = Math.trunc(baseHours * distanceFactor);

    let start: number;
    if (args.order_time) {
      const parsed = parseWallClock(args.order_time);
      if (!parsed.ok) throw new ToolError(`order_time "${args.order_time}" ${parsed.reason}`);
      start = parsed.ms;
    } else {
      const now = [...state.current_time.replace('T', ' ')].slice(0, 19).join('');
      const parsed = parseWallClock(now);
      if (!parsed.ok) throw new ToolError(`The scenario's current_time "${state.current_time}" is not a valid date-time`);
      start = parsed.ms;
    }
    const arrivalTime = formatWallClock(start + hours * HOUR_MS);
    if (arrivalTime === undefined) throw new ToolError('The estimated arrival falls outside the years 1–9999');
    return { arrivalTime, remaining_transit_time: hours };
  },
});

export const estimatePrice = defineTool({
  name: 'estimate_price',
  description:
    "Estimate the shipping cost in CNY: the courier's per-kg rate (10 for an unlisted courier) × weight × a " +
    'multiplier for the zones the parcel crosses, rounded to cents, plus the estimated days in transit (1 within ' +
    'a zone, 2 or 3 across zones). weight is in kg as text, e.g. "2.5"; unreadable text counts as 1 kg.',
  input: z.object({
    kuaidi_company: z.string(),
    from_addr: z.string(),
    to_addr: z.string(),
    weight: z.string().default('1.0'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<Kuaidi100State>, args) => {
    requireText(args.kuaidi_company, 'Courier company');
    requireText(args.from_addr, 'From address');
    requireText(args.to_addr, 'To address');
    const from = zoneOf(args.from_addr);
    const to = zoneOf(args.to_addr);
    const rate = lookup(state.base_rates, args.kuaidi_company, 10.0);
    const multiplier = lookup(state.zone_multipliers, zonePair(from, to), 1.5);
    const weightKg = parsePythonFloat(args.weight) ?? 1.0;
    const gap = Math.abs(from - to);
    return {
      price: roundToCents(rate * weightKg * multiplier),
      currency: 'CNY',
      estimated_days: gap === 0 ? 1 : gap <= 2 ? 2 : 3,
    };
  },
});
