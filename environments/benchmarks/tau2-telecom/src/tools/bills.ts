import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAgentTool } from '../define.js';
import { billById, billsAwaitingPayment, customerById } from '../records.js';
import type { TelecomDb } from '../scenario.js';

export const getBillsForCustomer = defineAgentTool({
  name: 'get_bills_for_customer',
  description: "The customer's bills, newest issue date first, at most limit of them (12 unless given).",
  input: z.object({ customer_id: z.string(), limit: z.number().int().default(12) }),
  annotations: { readOnlyHint: true },
  handler: (draft, args) => {
    const db = draft as TelecomDb;
    const bills = customerById(db, args.customer_id).bill_ids.map((id) => billById(db, id));
    // Stable, newest first, as Python's sorted(..., reverse=True) keeps equal dates in list order.
    const sorted = bills
      .map((bill, index) => ({ bill, index }))
      .sort((a, b) => (a.bill.issue_date < b.bill.issue_date ? 1 : a.bill.issue_date > b.bill.issue_date ? -1 : a.index - b.index));
    return sorted.slice(0, args.limit).map(({ bill }) => bill);
  },
});

export const sendPaymentRequest = defineAgentTool({
  name: 'send_payment_request',
  description:
    "Ask the customer to pay one of their bills: it becomes Awaiting Payment and reaches the user's phone. Only one bill " +
    'may await payment at a time, and paid bills are not checked: look at the bill first.',
  input: z.object({ customer_id: z.string(), bill_id: z.string() }),
  handler: (draft, args) => {
    const db = draft as TelecomDb;
    const customer = customerById(db, args.customer_id);
    if (billsAwaitingPayment(db, customer).length > 0) throw new ToolError('A bill is already awaiting payment for this customer');
    if (!customer.bill_ids.includes(args.bill_id)) throw new ToolError(`Bill ${args.bill_id} not found for customer ${args.customer_id}`);
    billById(db, args.bill_id).status = 'Awaiting Payment';
    return `Payment request sent to the customer for bill ${args.bill_id}`;
  },
});

export const transferToHumanAgents = defineAgentTool({
  name: 'transfer_to_human_agents',
  description:
    'Hand the user over to a human agent with a summary of their issue: only when they ask for one, or when the policy ' +
    'and these tools cannot solve it.',
  input: z.object({ summary: z.string() }),
  annotations: { readOnlyHint: true },
  handler: () => 'Transfer successful',
});
