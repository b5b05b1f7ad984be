import { anyInteger, defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { TelecomState } from '../scenario.js';
import { findCustomer, requireText } from './checks.js';

export const listBills = defineTool({
  name: 'list_bills',
  description:
    "List a customer's bills, newest issue date first: bill_id, issue_date, total_due and status (paid, pending, " +
    'overdue…). limit, when given, keeps only the most recent ones and must be at least 1.',
  input: z.object({
    customer_id: z.string(),
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TelecomState>, args) => {
    requireText(args.customer_id, 'Customer ID');
    findCustomer(state, args.customer_id);
    if (args.limit !== null && args.limit < 1) throw new ToolError('Limit must be a positive integer');
    // Bills are found by their own customer_id, not through the customer's bill_ids; equal dates keep
    // scenario order.
    const bills = Object.values(state.bills)
      .filter((bill) => bill.customer_id === args.customer_id)
      .sort((a, b) => (a.issue_date < b.issue_date ? 1 : a.issue_date > b.issue_date ? -1 : 0));
    const shown = args.limit === null ? bills : bills.slice(0, args.limit);
    return {
      bills: shown.map((bill) => ({
        bill_id: bill.bill_id,
        issue_date: bill.issue_date,
        total_due: bill.total_due,
        status: bill.status,
      })),
    };
  },
});

export const sendPaymentRequest = defineTool({
  name: 'send_payment_request',
  description:
    'Send the customer a request to pay one of their bills. The bill must belong to the customer; the bill itself ' +
    "is not changed. Returns {bill_id, status: 'sent'}.",
  input: z.object({ customer_id: z.string(), bill_id: z.string() }),
  handler: (state: Draft<TelecomState>, args) => {
    requireText(args.customer_id, 'Customer ID');
    requireText(args.bill_id, 'Bill ID');
    const bill = ownEntry(state.bills, args.bill_id);
    if (!bill) throw new ToolError(`Bill ${args.bill_id} not found`);
    if (bill.customer_id !== args.customer_id) {
      throw new ToolError(`Bill ${args.bill_id} does not belong to customer ${args.customer_id}`);
    }
    return { bill_id: bill.bill_id, status: 'sent' };
  },
});
