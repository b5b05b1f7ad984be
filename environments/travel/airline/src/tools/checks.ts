import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import type { AirlineState, Reservation } from '../scenario.js';

/** The reference treats an empty string like a missing argument. */
export function requireText(value: string, message: string): void {
  if (!value) throw new ToolError(message);
}

export function findReservation(state: Draft<AirlineState>, reservationId: string): Draft<Reservation> {
  const reservation = ownEntry(state.reservations, reservationId);
  if (!reservation) throw new ToolError(`Reservation ${reservationId} not found (check the reservation_id, e.g. from get_user_details)`);
  return reservation;
}
