import { ownEntry, pythonRound, stableHash, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineUUPaoTuiTool } from '../scenario.js';

import { requireText } from './text-argument.js';

export const estimatePrice = defineUUPaoTuiTool({
  name: 'estimate_price',
  description:
    'Quote a delivery from one address to another in a city (adCode, e.g. 310100 for Shanghai) as "instant" or ' +
    '"scheduled". The fee is (base rate of the send type + distance × per-km rate) × the city multiplier, in CNY. ' +
    'Returns {priceToken, needPayMoney}; the token is needed by create_order and can be used once.',
  input: z.object({
    fromAddress: z.string(),
    toAddress: z.string(),
    adCode: z.string(),
    sendType: z.string(),
  }),
  handler: (state, args, ctx) => {
    requireText(args.fromAddress, 'fromAddress');
    requireText(args.toAddress, 'toAddress');
    requireText(args.adCode, 'adCode');
    if (args.sendType !== 'instant' && args.sendType !== 'scheduled') throw new ToolError("sendType must be 'instant' or 'scheduled'");
    // 1–50 km, fixed for a pair of addresses (the reference uses the per-process salted hash()).
    const distance = (stableHash(`${args.fromAddress}|${args.toAddress}`) % 50) + 1;
    const multiplier = ownEntry(state.cityMultipliersMap, args.adCode) ?? 1.0;
    const base = ownEntry(state.baseRatesMap, args.sendType) ?? 8.0;
    const perKm = ownEntry(state.baseRatesMap, 'per_km') ?? 2.5;
    const needPayMoney = pythonRound((base + distance * perKm) * multiplier, 2);
    const priceToken = ctx.uuid();
    state.priceTokens[priceToken] = {
      fromAddress: args.fromAddress,
      toAddress: args.toAddress,
      adCode: args.adCode,
      sendType: args.sendType,
      distance,
      needPayMoney,
      timestamp: state.current_time,
    };
    return { priceToken, needPayMoney };
  },
});
