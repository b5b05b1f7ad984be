import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import type { AirlineDb, Cabin, Flight, FlightDate, Payment, Reservation, User } from '../scenario.js';

// The reference's private getters and payment rule, with its error texts.

// The reference's fixed clock and the ids it hands out, at most three of each per task.
export const NOW = '2024-05-15T15:00:00';
export const NEW_RESERVATION_IDS = ['HATHAT', 'HATHAU', 'HATHAV'];
export const NEW_CERTIFICATE_IDS = ['certificate_3221322', 'certificate_3221323', 'certificate_3221324'];

export function getUser(db: Draft<AirlineDb>, userId: string): Draft<User> {
  const user = ownEntry(db.users, userId);
  if (!user) throw new ToolError(`User ${userId} not found`);
  return user;
}

export function getReservation(db: Draft<AirlineDb>, reservationId: string): Draft<Reservation> {
  const reservation = ownEntry(db.reservations, reservationId);
  if (!reservation) throw new ToolError(`Reservation ${reservationId} not found`);
  return reservation;
}

export function getFlight(db: Draft<AirlineDb>, flightNumber: string): Draft<Flight> {
  const flight = ownEntry(db.flights, flightNumber);
  if (!flight) throw new ToolError(`Flight ${flightNumber} not found`);
  return flight;
}

export function getFlightDate(db: Draft<AirlineDb>, flightNumber: string, date: string): Draft<FlightDate> {
  const instance = ownEntry(getFlight(db, flightNumber).dates, date);
  if (!instance) throw new ToolError(`Flight ${flightNumber} not found on date ${date}`);
  return instance;
}

/** A flight date still open for booking, with enough seats in `cabin` for `travellers`. */
export function bookableFlightDate(db: Draft<AirlineDb>, flightNumber: string, date: string, cabin: Cabin, travellers: number) {
  const instance = getFlightDate(db, flightNumber, date);
  if (instance.status !== 'available') throw new ToolError(`Flight ${flightNumber} not available on date ${date}`);
  if (instance.available_seats[cabin] < travellers) throw new ToolError(`Not enough seats on flight ${flightNumber}`);
  return instance;
}

/**
 * Charge (or, negative, refund) a change to an existing reservation: certificates cannot pay for
 * changes and a gift card must cover a charge. Returns the payment to record, none for a zero amount.
 */
export function chargeForChange(user: Draft<User>, paymentId: string, total: number): Payment | undefined {
  const method = ownEntry(user.payment_methods, paymentId);
  if (!method) throw new ToolError('Payment method not found');
  if (method.source === 'certificate') throw new ToolError('Certificate cannot be used to update reservation');
  if (method.source === 'gift_card' && method.amount < total) throw new ToolError('Gift card balance is not enough');
  if (method.source === 'gift_card') method.amount -= total;
  return total === 0 ? undefined : { payment_id: paymentId, amount: total };
}
