import { anyInteger, formatFixed, pythonRepr, pythonStr } from '@envfleet/kit';
import { z } from 'zod';
import { ORDER_DETAIL_EXTENSION } from '../long-context.js';
import { pythonItem } from '../python.js';
import { defineTradingTool, type Json, type OrderKey, type TradingState } from '../scenario.js';

const orderKeys = (state: TradingState): OrderKey[] => state._order_keys ?? [];

/** `order_id in self.orders`: only int keys can match an int id. */
function hasOrder(state: TradingState, orderId: number): boolean {
  return orderKeys(state).some((key) => key === orderId);
}

export const getOrderDetails = defineTradingTool({
  name: 'get_order_details',
  description:
    'One order by id (type, symbol, price, amount, status); an unknown id is answered with {error} listing the ' +
    'known ids. The long-context variant adds long analyst notes about the symbol.',
  input: z.object({ order_id: anyInteger() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!hasOrder(state, args.order_id)) {
      return {
        error: `Order with ID ${args.order_id} not found.Here is the list of orders_id: ${pythonRepr(orderKeys(state))}`,
      };
    }
    const order = state.orders[String(args.order_id)] as Json;
    if (!state.long_context) return order;
    const symbol = pythonStr(pythonItem(order, 'symbol'));
    const copy = { ...(order as Record<string, Json>) };
    copy.metadata = Object.fromEntries(
      Object.entries(ORDER_DETAIL_EXTENSION).map(([key, text]) => [key, text.replaceAll('{symbol}', symbol)]),
    );
    return copy;
  },
});

export const cancelOrder = defineTradingTool({
  name: 'cancel_order',
  description: 'Mark an order Cancelled, whatever its status but Completed; an unknown or completed order is answered with {error}.',
  input: z.object({ order_id: anyInteger() }),
  handler: (state, args) => {
    if (!hasOrder(state, args.order_id)) return { error: `Order with ID ${args.order_id} not found.` };
    const order = state.orders[String(args.order_id)] as Json;
    if (pythonItem(order, 'status') === 'Completed') return { error: `Can't cancel order ${args.order_id}. Order is already completed.` };
    (order as Record<string, Json>).status = 'Cancelled';
    return { order_id: args.order_id, status: 'Cancelled' };
  },
});

export const placeOrder = defineTradingTool({
  name: 'place_order',
  description:
    'Place a Buy or Sell order for `amount` shares of a listed symbol at `price`. It is stored as Open under the ' +
    'next order id and reported as Pending; no money moves. Needs a login, positive price and amount, and for a ' +
    'buy a balance covering price × amount (else {error}).',
  input: z.object({ order_type: z.string(), symbol: z.string(), price: z.number(), amount: anyInteger() }),
  handler: (state, args) => {
    if (!state.authenticated) return { error: 'User not authenticated. Please log in to place an order.' };
    if (!Object.hasOwn(state.stocks, args.symbol)) return { error: `Invalid stock symbol: ${args.symbol}` };
    if (args.price <= 0 || args.amount <= 0) return { error: 'Price and amount must be positive values.' };
    if (args.order_type.toLowerCase() === 'buy') {
      const cost = args.price * args.amount;
      const balance = state.account_info.balance ?? 0;
      if (cost > balance) {
        return { error: `Insufficient funds: required $${formatFixed(cost, 2)} but only $${formatFixed(balance, 2)} available.` };
      }
    }
    const id = state.order_counter;
    state.orders[String(id)] = {
      id,
      order_type: args.order_type,
      symbol: args.symbol,
      price: args.price,
      amount: args.amount,
      status: 'Open',
    };
    if (!hasOrder(state, id)) state._order_keys = [...orderKeys(state), id];
    state.order_counter += 1;
    return { order_id: id, order_type: args.order_type, status: 'Pending', price: args.price, amount: args.amount };
  },
});

export const getOrderHistory = defineTradingTool({
  name: 'get_order_history',
  description: 'The ids of every order, in the order they were added. Needs a login (else a one-item list with {error}).',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    if (!state.authenticated) return [{ error: 'User not authenticated. Please log in to view order history.' }];
    return { history: orderKeys(state) };
  },
});
