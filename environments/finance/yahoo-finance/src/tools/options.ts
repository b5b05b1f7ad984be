import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineYahooFinanceTool } from '../scenario.js';
import { requireSymbol, requireText } from './require-text.js';
import { symbolData } from './symbol-data.js';

export const getOptionExpirationDates = defineYahooFinanceTool({
  name: 'get_option_expiration_dates',
  description:
    "The expiration dates of a stock's listed options, as stored: {expiration_dates: [...]}. Fails when the symbol " +
    'has no option data.',
  input: z.object({
    symbol: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    return { expiration_dates: symbolData(state.option_expirations, args.symbol, 'Option expiration data') };
  },
});

export const getOptionChain = defineYahooFinanceTool({
  name: 'get_option_chain',
  description:
    "A stock's option chain for one expiration date: {underlyingPrice, calls, puts}, each contract with strike, " +
    'bid, ask, volume, openInterest and impliedVolatility. A side missing from the chain is an empty list and a ' +
    'missing underlyingPrice is 0. Fails when there is no chain for that symbol and date.',
  input: z.object({
    symbol: z.string(),
    expiration_date: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    requireText(args.expiration_date, 'Expiration date', 'expiration_date');
    const chains = ownEntry(state.option_chains, args.symbol);
    const chain = chains ? ownEntry(chains, args.expiration_date) : undefined;
    if (!chain) throw new ToolError(`Option chain data not found for ${args.symbol} on ${args.expiration_date}`);
    // The scenario types every entry of a chain as a list of contracts, so a stored "underlyingPrice"
    // is such a list and comes back as one, as in the reference.
    return {
      underlyingPrice: ownEntry(chain, 'underlyingPrice') ?? 0,
      calls: ownEntry(chain, 'calls') ?? [],
      puts: ownEntry(chain, 'puts') ?? [],
    };
  },
});
