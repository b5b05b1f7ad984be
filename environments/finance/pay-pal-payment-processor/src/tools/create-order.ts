import { defaultNull, defineTool, type Draft, readLaxModel, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { currency, money, type OrderItem, orderItemSchema, type PayPalState } from '../scenario.js';

const amountText = money('amount');

export const createOrder = defineTool({
  name: 'create_order',
  description:
    'Create an order for `amount` (a decimal string with two decimals, e.g. "49.99") in `currency_code` ' +
    '(three capital letters, default USD). intent is CAPTURE (default) or AUTHORIZE; items are optional line ' +
    'items {name, quantity ≥ 1, unit_amount like "9.99"}. The order starts CREATED with id ORDER-n and comes ' +
    'back with its approve and self links.',
  input: z.object({
    amount: z.string(),
    currency_code: z.string().default('USD'),
    intent: z.string().default('CAPTURE'),
    description: z.string().default(''),
    items: defaultNull(z.array(z.unknown())),
  }),
  handler: (state: Draft<PayPalState>, args) => {
    if (!args.amount) throw new ToolError('amount must be a non-empty decimal string, e.g. "25.00"');
    const items: OrderItem[] = (args.items ?? []).map((raw, index) => {
      const reading = readLaxModel(orderItemSchema, raw);
      if (!reading.ok) throw new ToolError(`Invalid item ${index}: ${reading.message}`);
      return reading.value;
    });
    const amount = amountText.safeParse(args.amount);
    if (!amount.success) throw new ToolError(`Invalid amount "${args.amount}": ${amount.error.issues[0]?.message}`);
    const code = currency.safeParse(args.currency_code);
    if (!code.success) throw new ToolError(`Invalid currency_code "${args.currency_code}": ${code.error.issues[0]?.message}`);

    const id = `ORDER-${state.next_order_id}`;
    state.next_order_id += 1;
    const links = [
      { rel: 'approve', href: `https://www.paypal.com/checkoutnow?token=${id}` },
      { rel: 'self', href: `https://api.paypal.com/v2/checkout/orders/${id}` },
    ];
    state.orders[id] = {
      id,
      status: 'CREATED',
      intent: args.intent,
      amount: args.amount,
      currency: args.currency_code,
      description: args.description,
      items,
      links,
      payer: null,
      create_time: state.current_time,
      update_time: state.current_time,
    };
    return { id, status: 'CREATED', intent: args.intent, amount: args.amount, currency: args.currency_code, links };
  },
});
