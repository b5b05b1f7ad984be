import { z } from 'zod';
import { defineYahooFinanceTool } from '../scenario.js';
import { requireSymbol } from './require-text.js';
import { symbolData } from './symbol-data.js';

export const getRecommendations = defineYahooFinanceTool({
  name: 'get_recommendations',
  description:
    'Analyst ratings of a stock in stored order: {recommendations: [{firm, rating, priceTarget (null when none), ' +
    'date}]}. Fails when the symbol has no recommendations.',
  input: z.object({
    symbol: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    return { recommendations: symbolData(state.recommendations, args.symbol, 'Recommendations data') };
  },
});
