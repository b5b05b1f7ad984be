import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getDividends } from './tools/dividends.js';
import { getEarningDates } from './tools/earnings.js';
import { getNews } from './tools/news.js';
import { getOptionChain, getOptionExpirationDates } from './tools/options.js';
import { getCurrentStockPrice, getHistoricalStockPrices, getStockPriceByDate, getStockPriceDateRange } from './tools/prices.js';
import { getRecommendations } from './tools/recommendations.js';
import { getCashflow, getIncomeStatement } from './tools/statements.js';

export const yahooFinance = defineEnvironment({
  name: 'YahooFinance',
  domain: 'finance',
  version: '0.1.0',
  description:
    'A read-only Yahoo Finance-style market data set: quotes, daily prices by date or range, dividends, income and ' +
    'cash flow statements, earnings dates, news, analyst recommendations and option chains.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    getCurrentStockPrice,
    getStockPriceByDate,
    getStockPriceDateRange,
    getHistoricalStockPrices,
    getDividends,
    getIncomeStatement,
    getCashflow,
    getEarningDates,
    getNews,
    getRecommendations,
    getOptionExpirationDates,
    getOptionChain,
  ],
});

export default yahooFinance;
export { scenarioSchema };
export type { YahooFinanceState } from './scenario.js';
