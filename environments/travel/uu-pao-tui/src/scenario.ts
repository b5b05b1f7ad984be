import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's UUPaoTui scenario (UU跑腿, a Chinese errand-delivery platform), same fields,
// constraints and default rate tables. Patterns read \d as any Unicode decimal digit, as the
// reference's validator does.
const MAINLAND_MOBILE = /^1[3-9]\p{Nd}{9}$/u;
const AD_CODE = /^\p{Nd}{6}$/u;
const TIMESTAMP = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;
export const orderSchema = z.object({
  orderCode: z.string(),
  fromAddress: z.string(),
  toAddress: z.string(),
  state: z.string(),
  createdAt: z.string(),
  receiverPhone: z.string().regex(MAINLAND_MOBILE, 'receiverPhone must be a mainland mobile number: 11 digits starting 13–19'),
  senderPhone: z.string().regex(MAINLAND_MOBILE, 'senderPhone must be a mainland mobile number: 11 digits starting 13–19'),
  distance: z.number().min(0),
  sendType: z.string(),
  adCode: z.string().regex(AD_CODE, 'adCode must be a 6-digit administrative division code'),
});

// The reference's UUPaoTuiScenario.
export const scenarioSchema = z.object({
  orders: z.record(z.string(), orderSchema).default(() => ({})),
  priceTokens: z.record(z.string(), z.record(z.string(), z.any())).default(() => ({})),
  baseRatesMap: z.record(z.string(), z.number()).default(() => ({ instant: 8, scheduled: 6, per_km: 2.5, per_min: 0.5 })),
  cityMultipliersMap: z.record(z.string(), z.number()).default(() => ({
    '110100': 1.2,
    '120100': 1,
    '210100': 0.8,
    '230100': 0.8,
    '310100': 1.3,
    '320100': 1,
    '330100': 1,
    '420100': 0.9,
    '440100': 1.1,
    '440300': 1.1,
    '500100': 1,
    '510100': 0.9,
    '610100': 0.8,
    '620100': 0.8,
    '630100': 0.8,
    '640100': 0.8,
    '650100': 0.8,
    '710100': 1,
    '810100': 1,
    '820100': 1,
  })),
  orderStates: z.array(z.string()).default(() => ['待接单', '配送中', '已完成', '已取消', '异常订单']),
  current_time: z.string().regex(TIMESTAMP, 'current_time must be YYYY-MM-DDTHH:MM:SS').default('2024-01-01T00:00:00'),
});

export type UUPaoTuiState = z.output<typeof scenarioSchema>;
export type Order = z.output<typeof orderSchema>;

/** defineTool for this environment: handlers receive a typed draft of UUPaoTuiState. */
export const defineUUPaoTuiTool = toolsFor<UUPaoTuiState>();
