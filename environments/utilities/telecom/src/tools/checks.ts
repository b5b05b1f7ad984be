import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import type { Customer, Line, TelecomState } from '../scenario.js';

export function requireText(value: string, label: string): void {
  if (!value) throw new ToolError(`${label} must be a non-empty string`);
}

export function findCustomer(state: Draft<TelecomState>, customerId: string): Draft<Customer> {
  const customer = ownEntry(state.customers, customerId);
  if (!customer) throw new ToolError(`Customer ${customerId} not found`);
  return customer;
}

/** The line, once it is known to exist and to be registered to this customer. */
export function customerLine(state: Draft<TelecomState>, customerId: string, lineId: string): Draft<Line> {
  const line = ownEntry(state.lines, lineId);
  if (!line) throw new ToolError(`Line ${lineId} not found`);
  if (line.customer_id !== customerId) throw new ToolError(`Line ${lineId} does not belong to customer ${customerId}`);
  return line;
}

/** Validates the two ids every line operation takes, in the order the reference checks them. */
export function requireLineIds(args: { customer_id: string; line_id: string }): void {
  requireText(args.customer_id, 'Customer ID');
  requireText(args.line_id, 'Line ID');
}
