import { billById, billsAwaitingPayment, customerByPhone, lineByPhone, planById } from './records.js';
import type { TelecomDb } from './scenario.js';

/**
 * τ²'s sync_tools, run after every successful call and every setup step: the user's surroundings
 * follow their line in the telecom database (active, roaming allowed, data used up), a payment the
 * user made marks the bill paid, and a bill awaiting payment reaches the user as a payment request.
 */
export function syncSurroundings(db: TelecomDb): void {
  const surroundings = db.user_db.surroundings;
  const phoneNumber = surroundings.phone_number;
  if (phoneNumber === null) return;
  const line = lineByPhone(db, phoneNumber);
  const plan = planById(db, line.plan_id);
  // Written only when they change: after a read-only tool the world is frozen, and already in step.
  const lineActive = line.status === 'Active';
  if (surroundings.line_active !== lineActive) surroundings.line_active = lineActive;
  if (surroundings.roaming_allowed !== line.roaming_enabled) surroundings.roaming_allowed = line.roaming_enabled;
  const exceeded = line.data_used_gb >= plan.data_limit_gb + line.data_refueling_gb;
  if (surroundings.mobile_data_usage_exceeded !== exceeded) surroundings.mobile_data_usage_exceeded = exceeded;

  if (surroundings.payment_request?.paid) {
    billById(db, surroundings.payment_request.bill_id).status = 'Paid';
    surroundings.payment_request = null;
  }
  if (surroundings.payment_request === null) {
    const [bill] = billsAwaitingPayment(db, customerByPhone(db, phoneNumber));
    if (bill) surroundings.payment_request = { bill_id: bill.bill_id, amount_due: bill.total_due, paid: false };
  }
}
