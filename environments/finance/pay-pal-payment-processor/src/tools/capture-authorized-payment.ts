import { defaultNull, defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { money, type PayPalState } from '../scenario.js';
import { nextCaptureId } from './orders.js';

const amountText = money('amount');

export const captureAuthorizedPayment = defineTool({
  name: 'capture_authorized_payment',
  description:
    'Collect money held by an authorization: `amount` (decimal string such as "20.00") or, when omitted or ' +
    'empty, the whole authorized amount. final_capture marks the last capture against it. Records a COMPLETED ' +
    'capture (id CAPTURE-n) in the authorization currency. Amounts are not checked against what was authorized.',
  input: z.object({
    authorization_id: z.string(),
    amount: defaultNull(z.string()),
    final_capture: z.boolean().default(false),
  }),
  handler: (state: Draft<PayPalState>, args) => {
    if (!args.authorization_id) throw new ToolError('authorization_id must be a non-empty string (an id such as "AUTH-1")');
    const authorization = ownEntry(state.authorizations, args.authorization_id);
    if (!authorization) throw new ToolError(`Authorization ${args.authorization_id} not found`);
    const amount = args.amount ? args.amount : authorization.amount;
    const valid = amountText.safeParse(amount);
    if (!valid.success) throw new ToolError(`Invalid amount "${amount}": ${valid.error.issues[0]?.message}`);
    const captureId = nextCaptureId(state);
    state.captures[captureId] = {
      id: captureId,
      order_id: null,
      authorization_id: args.authorization_id,
      status: 'COMPLETED',
      amount,
      currency: authorization.currency,
      final_capture: args.final_capture,
    };
    return { id: captureId, status: 'COMPLETED', amount, currency: authorization.currency, final_capture: args.final_capture };
  },
});
