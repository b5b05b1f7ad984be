import { ToolError } from '@envfleet/kit';
import type { Bill, Customer, Device, Line, Plan, TelecomDb } from './scenario.js';

// τ²'s lookups with their error texts, and its fixed clock.

/** τ²'s telecom "today" (its get_today()). */
export const TODAY = '2025-02-25';

export function customerById(db: TelecomDb, customerId: string): Customer {
  const found = db.customers.find((customer) => customer.customer_id === customerId);
  if (!found) throw new ToolError(`Customer with ID ${customerId} not found`);
  return found;
}

export function lineById(db: TelecomDb, lineId: string): Line {
  const found = db.lines.find((line) => line.line_id === lineId);
  if (!found) throw new ToolError(`Line with ID ${lineId} not found`);
  return found;
}

export function lineByPhone(db: TelecomDb, phoneNumber: string): Line {
  const found = db.lines.find((line) => line.phone_number === phoneNumber);
  if (!found) throw new ToolError(`Line with phone number ${phoneNumber} not found`);
  return found;
}

export function planById(db: TelecomDb, planId: string): Plan {
  const found = db.plans.find((plan) => plan.plan_id === planId);
  if (!found) throw new ToolError(`Plan with ID ${planId} not found`);
  return found;
}

export function deviceById(db: TelecomDb, deviceId: string): Device {
  const found = db.devices.find((device) => device.device_id === deviceId);
  if (!found) throw new ToolError(`Device with ID ${deviceId} not found`);
  return found;
}

export function billById(db: TelecomDb, billId: string): Bill {
  const found = db.bills.find((bill) => bill.bill_id === billId);
  if (!found) throw new ToolError(`Bill with ID ${billId} not found`);
  return found;
}

/** A customer's line, which must be one of theirs. */
export function customerLine(db: TelecomDb, customerId: string, lineId: string): Line {
  const customer = customerById(db, customerId);
  if (!customer.line_ids.includes(lineId)) throw new ToolError(`Line ${lineId} not found for customer ${customerId}`);
  return lineById(db, lineId);
}

/** The customer with this contact number or owning a line with it (a dangling line id is an error, as in τ²). */
export function customerByPhone(db: TelecomDb, phoneNumber: string): Customer {
  for (const customer of db.customers) {
    if (customer.phone_number === phoneNumber) return customer;
    for (const lineId of customer.line_ids) {
      if (lineById(db, lineId).phone_number === phoneNumber) return customer;
    }
  }
  throw new ToolError(`Customer with phone number ${phoneNumber} not found`);
}

export function billsAwaitingPayment(db: TelecomDb, customer: Customer): Bill[] {
  return customer.bill_ids.map((id) => billById(db, id)).filter((bill) => bill.status === 'Awaiting Payment');
}

/** A day offset from a YYYY-MM-DD date (calendar arithmetic in UTC, no clock involved). */
export function addDays(day: string, days: number): string {
  const time = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** The first day of the month `offset` months from the one `day` is in. */
export function firstOfMonth(day: string, offset = 0): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + offset;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * A model as τ²'s get_response sends it: its JSON dump with date-times written by str(), with a
 * space between date and time.
 */
export function asSent<T>(model: T, dateTimeFields: readonly string[]): T {
  const copy = JSON.parse(JSON.stringify(model)) as Record<string, unknown>;
  for (const field of dateTimeFields) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = value.replace('T', ' ');
  }
  return copy as T;
}

export const sentCustomer = (customer: Customer): Customer => asSent(customer, ['created_at']);
export const sentDevice = (device: Device): Device => asSent(device, ['activation_date', 'last_esim_transfer_date']);
