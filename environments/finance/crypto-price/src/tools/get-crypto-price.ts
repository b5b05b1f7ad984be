import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { CryptoPriceState } from '../scenario.js';
import { normalizeSymbol } from './symbol.js';

export const getCryptoPrice = defineTool({
  name: 'get_crypto_price',
  description:
    'Current quote of one cryptocurrency: name, price_usd, change_24h_percent, volume_24h, market_cap and ' +
    'market_rank. symbol is case-insensitive ("btc" finds BTC).',
  input: z.object({ symbol: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<CryptoPriceState>, args) => {
    const symbol = normalizeSymbol(args.symbol);
    const coin = ownEntry(state.crypto_data, symbol);
    if (!coin) throw new ToolError(`Cryptocurrency ${symbol} not found in scenario data`);
    return coin;
  },
});
