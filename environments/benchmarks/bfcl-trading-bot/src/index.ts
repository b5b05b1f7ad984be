import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { fundAccount, getAccountInfo, getTransactionHistory, withdrawFunds } from './tools/account.js';
import { cancelOrder, getOrderDetails, getOrderHistory, placeOrder } from './tools/orders.js';
import { getCurrentTime, tradingGetLoginStatus, tradingLogin, tradingLogout } from './tools/session.js';
import { filterStocksByPrice, getAvailableStocks, getStockInfo, getSymbolByName, notifyPriceChange } from './tools/stocks.js';
import { addToWatchlist, getWatchlist, removeStockFromWatchlist } from './tools/watchlist.js';

export const bfclTradingBot = defineEnvironment({
  name: 'BfclTradingBot',
  domain: 'benchmarks',
  version: '0.1.0',
  description:
    "BFCL v4 multi-turn's TradingBot: a brokerage account — log in, look up symbols and quotes, filter by " +
    'price, place and cancel orders, fund and withdraw, read the transaction history and keep a watchlist. Same ' +
    'class, function and argument names as the benchmark; a scenario is the class entry of an initial_config.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    tradingLogin,
    tradingGetLoginStatus,
    tradingLogout,
    getCurrentTime,
    getSymbolByName,
    getStockInfo,
    getAvailableStocks,
    filterStocksByPrice,
    notifyPriceChange,
    placeOrder,
    getOrderDetails,
    cancelOrder,
    getOrderHistory,
    getAccountInfo,
    fundAccount,
    withdrawFunds,
    getTransactionHistory,
    getWatchlist,
    addToWatchlist,
    removeStockFromWatchlist,
  ],
});

export default bfclTradingBot;
export { scenarioSchema };
export type { Json, OrderKey, TradingState } from './scenario.js';
