import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getAvailableCryptoTickers, getCurrentCryptoPrice, getHistoricalCryptoPrices } from './tools/crypto.js';
import { getCompanyNews } from './tools/news.js';
import { getBalanceSheets, getCashFlowStatements, getIncomeStatements } from './tools/statements.js';
import { getAvailableStockTickers, getCurrentStockPrice, getHistoricalStockPrices } from './tools/stocks.js';

export const financialDatasets = defineEnvironment({
  name: 'FinancialDatasets',
  domain: 'finance',
  version: '0.1.0',
  description:
    'A read-only market data set: company income statements, balance sheets and cash flows by period, stock and ' +
    'crypto quotes and daily price history, company news, and the lists of covered tickers.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    getIncomeStatements,
    getBalanceSheets,
    getCashFlowStatements,
    getCurrentStockPrice,
    getHistoricalStockPrices,
    getCompanyNews,
    getAvailableStockTickers,
    getAvailableCryptoTickers,
    getHistoricalCryptoPrices,
    getCurrentCryptoPrice,
  ],
});

export default financialDatasets;
export { scenarioSchema };
export type { FinancialDatasetsState } from './scenario.js';
