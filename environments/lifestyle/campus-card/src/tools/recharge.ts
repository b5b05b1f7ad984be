import { ownEntry, pythonFloatRepr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { findAccount, requireUserId } from '../account.js';
import { defineCampusCardTool } from '../scenario.js';

const PAYMENT_METHODS = ['alipay', 'wechat', 'bank_card'];

export const recharge = defineCampusCardTool({
  name: 'recharge',
  description:
    'Adds a positive amount to a campus card paid by alipay, wechat or bank_card, and records a ' +
    '"Campus Card Recharge" transaction at the scenario\'s current_time with id RECHARGE_<digits of the time>_<userId>. ' +
    'Returns the new balance. Fails for an empty userId, an amount of 0 or less, another payment method or an unknown account.',
  input: z.object({
    userId: z.string(),
    amount: z.number(),
    paymentMethod: z.string(),
  }),
  handler: (state, args) => {
    requireUserId(args.userId);
    if (!(args.amount > 0)) throw new ToolError(`amount must be a positive number, got ${pythonFloatRepr(args.amount)}`);
    if (!PAYMENT_METHODS.includes(args.paymentMethod)) {
      throw new ToolError(`paymentMethod must be one of: ${PAYMENT_METHODS.join(', ')} (got ${JSON.stringify(args.paymentMethod)})`);
    }
    const account = findAccount(state, args.userId);
    // The id is made of the clock and the user only, so two recharges at one current_time share it,
    // as in the reference.
    const transactionId = `RECHARGE_${state.current_time.replace(/[- :]/g, '')}_${args.userId}`;
    const balanceAfter = account.balance + args.amount;
    account.balance = balanceAfter;
    const transaction = {
      tradeId: transactionId,
      merchantName: 'Campus Card Recharge',
      date: state.current_time,
      amount: args.amount,
      balanceAfter,
    };
    const history = ownEntry(state.transactions, args.userId);
    if (history) history.push(transaction);
    // A user's first transaction adds a key; fromEntries keeps even "__proto__" an ordinary one.
    else state.transactions = Object.fromEntries([...Object.entries(state.transactions), [args.userId, [transaction]]]);
    return {
      userId: args.userId,
      success: true,
      amount: args.amount,
      balanceAfter,
      transactionId,
      message: `Successfully recharged ${pythonFloatRepr(args.amount)} ${account.currency}`,
    };
  },
});
