import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { RentCastState } from '../scenario.js';

export const getMarketData = defineTool({
  name: 'get_market_data',
  description:
    'Get market statistics for a 5-digit ZIP code: average sale price, average monthly rent, price per square foot, ' +
    'active listing count and average days on market. A ZIP code without data is an error.',
  input: z.object({ zip_code: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<RentCastState>, args) => {
    if (!args.zip_code) throw new ToolError('ZIP code must be a non-empty string');
    const market = ownEntry(state.market_data, args.zip_code);
    if (!market) throw new ToolError(`Market data not found for ZIP code: ${args.zip_code}`);
    const { zip_code: _zip, ...statistics } = market;
    return statistics;
  },
});
