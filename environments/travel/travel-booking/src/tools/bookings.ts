import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import type { Booking, TravelBookingState } from '../scenario.js';

export function findBooking(state: Draft<TravelBookingState>, bookingId: string): Draft<Booking> {
  const booking = ownEntry(state.bookings, bookingId);
  if (!booking) throw new ToolError(`Booking ${bookingId} not found (list_bookings shows the existing bookings)`);
  return booking;
}
