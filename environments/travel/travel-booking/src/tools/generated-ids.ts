import { type Draft, hasEntry, md5Hex, PythonRandom, ToolError } from '@envfleet/kit';
import type { TravelBookingState } from '../scenario.js';

// The reference numbers everything it generates from one counter: the n-th draw is the MD5 of
// "<random_seed>_<n>" laid out as a UUID, and a card balance is randint(1000, 10000) after
// random.seed(random_seed + n). The counter itself is not part of the scenario, so it is recovered
// from the state: every draw but a cancellation's refund id ends up stored somewhere, and walking
// n = 0, 1, … over the stored ids tells how far the sequence has gone.

/** The n-th generated id for this seed (Python prints a None seed as "None"). */
export function generatedId(seed: number | null, n: number): string {
  const hex = md5Hex(`${seed === null ? 'None' : String(seed)}_${n}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The card balance drawn at position n of the sequence. */
export function drawnBalance(seed: number | null, n: number): number {
  if (seed === null) {
    throw new ToolError('Cannot draw a card balance while random_seed is null: set an integer random_seed in the scenario');
  }
  return new PythonRandom(BigInt(seed) + BigInt(n)).randint(1000, 10000);
}

/**
 * How many draws the episode has made so far. Stored ids take one position (sessions, policies,
 * tickets) or two (a card and its balance draw, a booking and its transaction id). A gap followed
 * by later stored ids is a cancellation's refund id; a cancelled booking that was itself generated
 * here accounts for refund ids drawn after the last stored one.
 */
export function drawsSoFar(state: Draft<TravelBookingState>): number {
  const widths = new Map<string, number>();
  for (const token of Object.keys(state.authenticated_users)) widths.set(token, 1);
  for (const cardId of Object.keys(state.credit_cards)) widths.set(cardId, 2);
  for (const bookingId of Object.keys(state.bookings)) widths.set(bookingId, 2);
  for (const policyId of Object.keys(state.insurance_policies)) widths.set(policyId, 1);
  for (const ticket of state.support_tickets) {
    if (typeof ticket.support_ticket_id === 'string') widths.set(ticket.support_ticket_id, 1);
  }
  const cancelled = Object.values(state.bookings).filter((booking) => booking.booking_status === 'cancelled');
  const seed = state.random_seed;

  let n = 0;
  let refundsSkipped = 0;
  const generatedBookings = new Set<string>();
  for (;;) {
    const id = generatedId(seed, n);
    const width = widths.get(id);
    if (width !== undefined) {
      if (hasEntry(state.bookings, id)) generatedBookings.add(id);
      n += width;
      continue;
    }
    // A gap: refund ids of cancellations, if a stored id follows within the cancellations left.
    let skip = 0;
    for (let ahead = 1; ahead <= cancelled.length - refundsSkipped; ahead++) {
      if (widths.has(generatedId(seed, n + ahead))) {
        skip = ahead;
        break;
      }
    }
    if (skip === 0) break;
    refundsSkipped += skip;
    n += skip;
  }
  const cancelledHere = cancelled.filter((booking) => generatedBookings.has(booking.booking_id)).length;
  return n + Math.max(0, cancelledHere - refundsSkipped);
}
