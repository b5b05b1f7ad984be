import { addDays, billById, customerById, firstOfMonth, lineById, planById, TODAY } from './records.js';
import type { Bill, TelecomDb } from './scenario.js';
import { ToolError } from '@envfleet/kit';

/**
 * Add a charge (or, negative, a credit) to the customer's draft bill, opening next month's draft
 * when there is none. τ² names a new bill with a random uuid; here it is "B" and the bill's
 * 1-based position in the bills list as 8 hex digits, so replays are deterministic.
 */
export function applyOneTimeCharge(db: TelecomDb, customerId: string, amount: number, description: string): void {
  const customer = customerById(db, customerId);
  let draft = customer.bill_ids.map((id) => billById(db, id)).find((bill) => bill.status === 'Draft');
  if (!draft) {
    const start = firstOfMonth(TODAY, 1);
    const bill: Bill = {
      bill_id: `B${(db.bills.length + 1).toString(16).padStart(8, '0')}`,
      customer_id: customerId,
      period_start: start,
      period_end: addDays(firstOfMonth(start, 1), -1),
      issue_date: start,
      total_due: 0,
      due_date: addDays(start, 14),
      line_items: [],
      status: 'Draft',
    };
    db.bills.push(bill);
    customer.bill_ids.push(bill.bill_id);
    draft = db.bills[db.bills.length - 1] as Bill;
  }
  draft.line_items.push({ description, amount, date: TODAY, item_type: amount < 0 ? 'Credit' : 'Charge' });
  draft.total_due += amount;
}

/** τ²'s setup function suspend_line_for_overdue_bill: last month's plan charge, overdue, and the line suspended. */
export function suspendLineForOverdueBill(db: TelecomDb, customerId: string, lineId: string, newBillId: string, contractEnded: boolean) {
  const line = lineById(db, lineId);
  if (line.status !== 'Active') throw new ToolError('Line must be active to suspend for unpaid bill');
  const amount = planById(db, line.plan_id).price_per_month;
  if (amount <= 0) throw new ToolError('Amount must be positive for overdue bill');
  const customer = customerById(db, customerId);
  if (customer.bill_ids.some((id) => billById(db, id).status === 'Overdue')) throw new ToolError('Customer already has an overdue bill');
  const lastMonthStart = firstOfMonth(TODAY, -1);
  const lastMonthEnd = addDays(firstOfMonth(TODAY), -1);
  db.bills.push({
    bill_id: newBillId,
    customer_id: customerId,
    period_start: lastMonthStart,
    period_end: lastMonthEnd,
    issue_date: lastMonthStart,
    total_due: amount,
    due_date: addDays(lastMonthStart, 14),
    line_items: [{ description: `Charge for line ${line.line_id}`, amount, date: TODAY, item_type: 'Charge' }],
    status: 'Overdue',
  });
  customer.bill_ids.push(newBillId);
  line.status = 'Suspended';
  line.suspension_start_date = TODAY;
  if (contractEnded) line.contract_end_date = lastMonthEnd;
  return `Line ${lineId} suspended for unpaid bill ${newBillId}. Contract ended: ${contractEnded ? 'True' : 'False'}`;
}
