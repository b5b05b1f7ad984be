import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getAccountInfo, getTransactionHistory, makeTransaction } from './tools/account.js';
import { cancelOrder, getOrderDetails, getOrderHistory, placeOrder } from './tools/orders.js';
import { checkLoginStatus, getMarketStatus, login, logout } from './tools/session.js';
import {
  filterStocksByPrice,
  getAvailableStocks,
  getStockInfo,
  getStockSymbol,
  notifyPriceChange,
  updateStockPrice,
} from './tools/stocks.js';
import { addToWatchlist, getWatchlist, removeFromWatchlist } from './tools/watchlist.js';

export const tradingBot = defineEnvironment({
  name: 'TradingBot',
  domain: 'finance',
  version: '0.1.0',
  description:
    'A retail brokerage account: log in, check the market and the cash balance, deposit and withdraw, look up ' +
    'stocks by company or sector, filter them by price, place and cancel orders, keep a watchlist and get alerts ' +
    'on big price moves.',
  scenario: scenarioSchema,
  presets: { demo },
  // current_time is a UTC wall-clock time written with a space.
  clock: (state) => `${state.current_time.replace(' ', 'T')}Z`,
  tools: [
    login,
    logout,
    checkLoginStatus,
    getMarketStatus,
    getAccountInfo,
    makeTransaction,
    getTransactionHistory,
    getStockSymbol,
    getStockInfo,
    getAvailableStocks,
    filterStocksByPrice,
    placeOrder,
    getOrderDetails,
    cancelOrder,
    getOrderHistory,
    getWatchlist,
    addToWatchlist,
    removeFromWatchlist,
    notifyPriceChange,
    updateStockPrice,
  ],
});

export default tradingBot;
export { scenarioSchema };
export type { Account, Order, Stock, TradingState, Transaction } from './scenario.js';
