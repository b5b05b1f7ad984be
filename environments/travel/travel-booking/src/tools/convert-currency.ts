import { ownEntry, pythonRound, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';

export const convertCurrency = defineTravelBookingTool({
  name: 'convert_currency',
  description:
    "Convert a positive amount between two currencies of the scenario's exchange_rates (USD, EUR, GBP, JPY, RMB, …), " +
    'through USD. Returns converted_amount (2 decimals), exchange_rate (4 decimals) and the conversion_date (today). ' +
    'No sign-in needed.',
  input: z.object({
    amount: z.number(),
    from_currency: z.string(),
    to_currency: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!(args.amount > 0)) throw new ToolError(`amount must be a positive number, got ${args.amount}`);
    if (!args.from_currency || !args.to_currency) throw new ToolError('from_currency and to_currency are both required');
    const fromRate = ownEntry(state.exchange_rates, args.from_currency);
    const toRate = ownEntry(state.exchange_rates, args.to_currency);
    if (fromRate === undefined || toRate === undefined) {
      const unknown = fromRate === undefined ? args.from_currency : args.to_currency;
      throw new ToolError(`Unsupported currency '${unknown}': use one of ${Object.keys(state.exchange_rates).join(', ')}`);
    }
    if (fromRate === 0) throw new ToolError(`The exchange rate of ${args.from_currency} is 0, so nothing can be converted from it`);
    const converted = (args.amount / fromRate) * toRate;
    return {
      converted_amount: pythonRound(converted, 2),
      from_currency: args.from_currency,
      to_currency: args.to_currency,
      exchange_rate: pythonRound(toRate / fromRate, 4),
      conversion_date: Array.from(state.current_time).slice(0, 10).join(''),
    };
  },
});
