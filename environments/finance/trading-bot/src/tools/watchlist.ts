import { defineTool, type Draft, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import type { TradingState } from '../scenario.js';
import { requireLogin, requireText } from './checks.js';

/** The user's list, created empty on first use (the reference saves that empty list too). */
function ownList(state: Draft<TradingState>, user: string): string[] {
  let list = ownEntry(state.watchlists, user);
  if (!list) {
    list = [];
    state.watchlists[user] = list;
  }
  return list;
}

export const getWatchlist = defineTool({
  name: 'get_watchlist',
  description: "The logged-in user's watched symbols, in the order added. Requires a login.",
  input: z.object({}),
  handler: (state: Draft<TradingState>) => {
    const user = requireLogin(state);
    return { watchlist_symbols: ownList(state, user) };
  },
});

export const addToWatchlist = defineTool({
  name: 'add_to_watchlist',
  description:
    "Add a listed symbol to the logged-in user's watchlist (once; adding it again changes nothing). An unlisted " +
    'symbol answers status "failed". Returns {status, symbol, watchlist}.',
  input: z.object({ symbol: z.string() }),
  handler: (state: Draft<TradingState>, args) => {
    const user = requireLogin(state);
    requireText(args.symbol, 'Symbol');
    if (!ownEntry(state.stocks, args.symbol)) return { status: 'failed', symbol: args.symbol, watchlist: [] };
    const list = ownList(state, user);
    if (!list.includes(args.symbol)) list.push(args.symbol);
    return { status: 'success', symbol: args.symbol, watchlist: list };
  },
});

export const removeFromWatchlist = defineTool({
  name: 'remove_from_watchlist',
  description:
    'Remove a symbol from the logged-in user\'s watchlist. A symbol not on it answers status "failed". Returns ' +
    '{status, symbol, watchlist}.',
  input: z.object({ symbol: z.string() }),
  handler: (state: Draft<TradingState>, args) => {
    const user = requireLogin(state);
    requireText(args.symbol, 'Symbol');
    const list = ownEntry(state.watchlists, user);
    const index = list ? list.indexOf(args.symbol) : -1;
    if (!list || index < 0) return { status: 'failed', symbol: args.symbol, watchlist: list ?? [] };
    list.splice(index, 1);
    return { status: 'success', symbol: args.symbol, watchlist: list };
  },
});
