import { z } from 'zod';
import { WATCH_LIST_EXTENSION } from '../long-context.js';
import { defineTradingTool } from '../scenario.js';

export const getWatchlist = defineTradingTool({
  name: 'get_watchlist',
  description:
    'The watched symbols as {watchlist}. Needs a login (else a one-item list with an error text). The ' +
    'long-context variant answers a bare list with a thousand more symbols after the watched ones.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    if (!state.authenticated) return ['Error: User not authenticated. Please log in to view the watchlist.'];
    if (state.long_context) return [...state.watch_list, ...WATCH_LIST_EXTENSION];
    return { watchlist: state.watch_list };
  },
});

export const addToWatchlist = defineTradingTool({
  name: 'add_to_watchlist',
  description: 'Watch a listed symbol (an unlisted or already watched one is left out) and answer the watchlist. No login needed.',
  input: z.object({ stock: z.string() }),
  handler: (state, args) => {
    if (!state.watch_list.includes(args.stock) && Object.hasOwn(state.stocks, args.stock)) state.watch_list.push(args.stock);
    return { watchlist: state.watch_list };
  },
});

export const removeStockFromWatchlist = defineTradingTool({
  name: 'remove_stock_from_watchlist',
  description: 'Stop watching a symbol. Needs a login and a watched symbol (else {error}).',
  input: z.object({ symbol: z.string() }),
  handler: (state, args) => {
    if (!state.authenticated) return { error: 'User not authenticated. Please log in to modify the watchlist.' };
    const at = state.watch_list.indexOf(args.symbol);
    if (at < 0) return { error: `Stock ${args.symbol} not found in watchlist.` };
    state.watch_list.splice(at, 1);
    return { status: `Stock ${args.symbol} removed from watchlist successfully.` };
  },
});
