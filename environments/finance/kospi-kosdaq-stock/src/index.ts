import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getStockFundamental } from './tools/get-stock-fundamental.js';
import { getStockMarketCap } from './tools/get-stock-market-cap.js';
import { getStockOhlcv } from './tools/get-stock-ohlcv.js';
import { getStockTradingVolume } from './tools/get-stock-trading-volume.js';

export const kospiKosdaqStock = defineEnvironment({
  name: 'KospiKosdaqStock',
  domain: 'finance',
  version: '0.1.0',
  description:
    'Korean stock market data (KOSPI and KOSDAQ) by 6-digit ticker and date range: daily OHLCV prices, raw or ' +
    'adjusted, market capitalization, valuation ratios (PER, PBR, dividend yield) and net trading by investor type.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getStockOhlcv, getStockMarketCap, getStockFundamental, getStockTradingVolume],
});

export default kospiKosdaqStock;
export { scenarioSchema };
export type { DailyRecord, KospiKosdaqState, StockInfo } from './scenario.js';
