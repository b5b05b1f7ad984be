import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getCryptoPrice } from './tools/get-crypto-price.js';
import { getHistoricalAnalysis } from './tools/get-historical-analysis.js';
import { getMarketAnalysis } from './tools/get-market-analysis.js';

export const cryptoPrice = defineEnvironment({
  name: 'CryptoPrice',
  domain: 'finance',
  version: '0.1.0',
  description:
    'A cryptocurrency market data feed: current quotes with market cap and rank, per-exchange prices and ' +
    'volumes, and daily price history, all read from the scenario.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getCryptoPrice, getMarketAnalysis, getHistoricalAnalysis],
});

export default cryptoPrice;
export { scenarioSchema };
export type { Crypto, CryptoPriceState, ExchangeQuote, HistoryPoint } from './scenario.js';
