import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { PayPalState } from '../scenario.js';
import { findOrder } from './orders.js';

export const authorizeOrder = defineTool({
  name: 'authorize_order',
  description:
    "Hold an order's amount without collecting it yet: records an authorization (id AUTH-n) for the order's " +
    'amount and currency and marks the order APPROVED. Collect it later with capture_authorized_payment.',
  input: z.object({ order_id: z.string() }),
  handler: (state: Draft<PayPalState>, args) => {
    const order = findOrder(state, args.order_id);
    const authorizationId = `AUTH-${state.next_auth_id}`;
    state.next_auth_id += 1;
    // The simulated processor expires a hold at the moment it is made: no tool checks expiry.
    const expiration = state.current_time;
    state.authorizations[authorizationId] = {
      id: authorizationId,
      order_id: args.order_id,
      amount: order.amount,
      currency: order.currency,
      expiration_time: expiration,
    };
    order.status = 'APPROVED';
    order.update_time = state.current_time;
    return {
      id: order.id,
      status: order.status,
      authorization_id: authorizationId,
      amount: order.amount,
      currency: order.currency,
      expiration_time: expiration,
    };
  },
});
