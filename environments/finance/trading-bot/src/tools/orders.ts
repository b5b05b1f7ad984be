import { anyInteger, defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { Order, TradingState } from '../scenario.js';
import { firstAccount, requireLogin, requireText } from './checks.js';

function requireOrderId(orderId: number): string {
  if (orderId <= 0) throw new ToolError('Order ID must be a positive integer');
  return String(orderId);
}

export const placeOrder = defineTool({
  name: 'place_order',
  description:
    'Place an order for `quantity` shares of a listed symbol at `price`. order_type "Buy" reserves price × ' +
    'quantity from the account balance at once (refused when short); any other type (e.g. "Sell") reserves ' +
    'nothing. The order is Pending. Requires a login and an open market.',
  input: z.object({ order_type: z.string(), symbol: z.string(), price: z.number(), quantity: anyInteger() }),
  handler: (state: Draft<TradingState>, args) => {
    requireLogin(state);
    if (!state.market_open) throw new ToolError('Market is closed');
    requireText(args.symbol, 'Symbol');
    if (!(args.price > 0)) throw new ToolError('Price must be a positive number');
    if (args.quantity <= 0) throw new ToolError('Quantity must be a positive integer');
    const account = firstAccount(state);
    const cost = args.price * args.quantity;
    if (!ownEntry(state.stocks, args.symbol) || !account || (args.order_type === 'Buy' && account.balance < cost)) {
      throw new ToolError('Order placement failed - unknown symbol, no account found or insufficient balance');
    }
    if (state.next_order_id < 1) {
      throw new ToolError(`Order placement failed - next_order_id is ${state.next_order_id}; order ids start at 1`);
    }
    const order: Order = {
      order_id: state.next_order_id,
      order_type: args.order_type,
      symbol: args.symbol,
      price: args.price,
      quantity: args.quantity,
      status: 'Pending',
      timestamp: state.current_time,
      execution_price: null,
    };
    state.orders[String(order.order_id)] = order;
    state.next_order_id += 1;
    if (args.order_type === 'Buy') account.balance -= cost;
    return order;
  },
});

export const getOrderDetails = defineTool({
  name: 'get_order_details',
  description: 'One order by id: type, symbol, price, quantity, status, timestamp and execution_price.',
  input: z.object({ order_id: anyInteger() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TradingState>, args) => {
    const order = ownEntry(state.orders, requireOrderId(args.order_id));
    if (!order) throw new ToolError(`Order ${args.order_id} not found`);
    return order;
  },
});

export const cancelOrder = defineTool({
  name: 'cancel_order',
  description:
    'Cancel a Pending order; a Buy order gives its reserved amount back to the account. An unknown, completed, ' +
    'cancelled or otherwise not pending order is answered with status "Error" and a message (nothing changes). ' +
    'Requires a login.',
  input: z.object({ order_id: anyInteger() }),
  handler: (state: Draft<TradingState>, args) => {
    requireLogin(state);
    const order = ownEntry(state.orders, requireOrderId(args.order_id));
    const order_id = args.order_id;
    if (!order) return { order_id, status: 'Error', message: 'Order not found' };
    if (order.status === 'Completed' || order.status === 'Cancelled') {
      return { order_id, status: 'Error', message: 'Cannot cancel completed or cancelled order' };
    }
    if (order.status !== 'Pending') return { order_id, status: 'Error', message: 'Cannot cancel order in current status' };
    order.status = 'Cancelled';
    if (order.order_type === 'Buy') {
      const account = firstAccount(state);
      if (account) account.balance += order.price * order.quantity;
    }
    return { order_id, status: 'Cancelled' };
  },
});

export const getOrderHistory = defineTool({
  name: 'get_order_history',
  description:
    'All orders in id order, optionally only those with an exact status (Pending, Cancelled, …) and/or symbol. ' + 'Requires a login.',
  input: z.object({ status: z.string().nullable().default(null), symbol: z.string().nullable().default(null) }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TradingState>, args) => {
    requireLogin(state);
    const orders = Object.values(state.orders).filter(
      (order) => !(args.status && order.status !== args.status) && !(args.symbol && order.symbol !== args.symbol),
    );
    return { orders };
  },
});
