import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { type AirlineDb, CABINS, defineAirlineTool, type ReservationFlight } from '../scenario.js';
import { bookableFlightDate, chargeForChange, getFlight, getReservation, getUser, NEW_RESERVATION_IDS, NOW } from './lookups.js';

const flightInfo = z.object({ flight_number: z.string(), date: z.string() });
const passenger = z.object({ first_name: z.string(), last_name: z.string(), dob: z.string() });
const cabin = z.enum(CABINS);

export const getReservationDetails = defineAirlineTool({
  name: 'get_reservation_details',
  description:
    'A reservation in full: route, trip type, cabin, flights with prices, passengers, payment history, baggage, ' +
    'insurance and whether it was cancelled.',
  input: z.object({ reservation_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<AirlineDb>, args) => getReservation(db, args.reservation_id),
});

export const bookReservation = defineAirlineTool({
  name: 'book_reservation',
  description:
    'Book a reservation for a user: flights (flight number and date), passengers, cabin, trip type, baggage and ' +
    'insurance, paid by payment_methods (payment_id and amount each) that must add up to the price: each flight ' +
    'price times passengers, $30 per passenger for insurance, $50 per non-free bag. Gift cards and certificates ' +
    'must cover their share; a certificate is used up whole. Confirm every detail with the user before calling.',
  input: z.object({
    user_id: z.string(),
    origin: z.string(),
    destination: z.string(),
    flight_type: z.enum(['round_trip', 'one_way']),
    cabin,
    flights: z.array(flightInfo),
    passengers: z.array(passenger),
    payment_methods: z.array(z.object({ payment_id: z.string(), amount: z.number().int() })),
    total_baggages: z.number().int(),
    nonfree_baggages: z.number().int(),
    insurance: z.enum(['yes', 'no']),
  }),
  handler: (db: Draft<AirlineDb>, args) => {
    const user = getUser(db, args.user_id);
    const reservationId = NEW_RESERVATION_IDS.find((id) => !ownEntry(db.reservations, id));
    if (!reservationId) throw new ToolError('Too many reservations');
    const travellers = args.passengers.length;

    let total = 0;
    const flights: ReservationFlight[] = [];
    const seats = [];
    for (const info of args.flights) {
      const flight = getFlight(db, info.flight_number);
      const instance = bookableFlightDate(db, info.flight_number, info.date, args.cabin, travellers);
      const price = instance.prices[args.cabin];
      flights.push({ flight_number: info.flight_number, origin: flight.origin, destination: flight.destination, date: info.date, price });
      seats.push(instance.available_seats);
      total += price * travellers;
    }
    if (args.insurance === 'yes') total += 30 * travellers;
    total += 50 * args.nonfree_baggages;

    for (const { payment_id, amount } of args.payment_methods) {
      const method = ownEntry(user.payment_methods, payment_id);
      if (!method) throw new ToolError(`Payment method ${payment_id} not found`);
      if (method.source !== 'credit_card' && method.amount < amount) {
        throw new ToolError(`Not enough balance in payment method ${payment_id}`);
      }
    }
    const paid = args.payment_methods.reduce((sum, payment) => sum + payment.amount, 0);
    if (paid !== total) throw new ToolError(`Payment amount does not add up, total price is ${total}, but paid ${paid}`);

    for (const { payment_id, amount } of args.payment_methods) {
      const method = ownEntry(user.payment_methods, payment_id);
      // A certificate listed twice is gone at its second turn: the reference's KeyError, as text.
      if (!method) throw new ToolError(`'${payment_id}'`);
      if (method.source === 'gift_card') method.amount -= amount;
      // A certificate is spent whole, whatever part of it paid.
      else if (method.source === 'certificate') delete user.payment_methods[payment_id];
    }
    for (const available of seats) available[args.cabin] -= travellers;

    const reservation = {
      reservation_id: reservationId,
      user_id: args.user_id,
      origin: args.origin,
      destination: args.destination,
      flight_type: args.flight_type,
      cabin: args.cabin,
      flights,
      passengers: args.passengers.map((each) => ({ ...each })),
      payment_history: args.payment_methods.map((each) => ({ ...each })),
      created_at: NOW,
      total_baggages: args.total_baggages,
      nonfree_baggages: args.nonfree_baggages,
      insurance: args.insurance,
      status: null,
    };
    db.reservations[reservationId] = reservation;
    user.reservations.push(reservationId);
    return reservation;
  },
});

export const cancelReservation = defineAirlineTool({
  name: 'cancel_reservation',
  description:
    'Cancel a whole reservation: every payment is refunded to where it came from and the status becomes ' +
    "'cancelled'. Check the policy and get the user's explicit yes before calling.",
  input: z.object({ reservation_id: z.string() }),
  annotations: { destructiveHint: true },
  handler: (db: Draft<AirlineDb>, args) => {
    const reservation = getReservation(db, args.reservation_id);
    // As in the reference: no check that it is still active, and seats are not released.
    const refunds = reservation.payment_history.map((payment) => ({ payment_id: payment.payment_id, amount: -payment.amount }));
    reservation.payment_history.push(...refunds);
    reservation.status = 'cancelled';
    return reservation;
  },
});

export const updateReservationBaggages = defineAirlineTool({
  name: 'update_reservation_baggages',
  description:
    'Set the number of bags of a reservation. Each non-free bag beyond those already paid costs $50, charged to ' +
    "payment_id (a gift card or credit card of the user; not a certificate). Get the user's explicit yes first.",
  input: z.object({
    reservation_id: z.string(),
    total_baggages: z.number().int(),
    nonfree_baggages: z.number().int(),
    payment_id: z.string(),
  }),
  handler: (db: Draft<AirlineDb>, args) => {
    const reservation = getReservation(db, args.reservation_id);
    const user = getUser(db, reservation.user_id);
    const payment = chargeForChange(user, args.payment_id, 50 * Math.max(0, args.nonfree_baggages - reservation.nonfree_baggages));
    if (payment) reservation.payment_history.push(payment);
    reservation.total_baggages = args.total_baggages;
    reservation.nonfree_baggages = args.nonfree_baggages;
    return reservation;
  },
});

export const updateReservationFlights = defineAirlineTool({
  name: 'update_reservation_flights',
  description:
    'Replace the flights (and set the cabin) of a reservation. flights lists every flight of the new itinerary, ' +
    'kept ones included; a kept flight in the same cabin keeps its price. The difference with what was paid is ' +
    "charged to or refunded on payment_id (not a certificate). Get the user's explicit yes first.",
  input: z.object({
    reservation_id: z.string(),
    cabin,
    flights: z.array(flightInfo),
    payment_id: z.string(),
  }),
  handler: (db: Draft<AirlineDb>, args) => {
    const reservation = getReservation(db, args.reservation_id);
    const user = getUser(db, reservation.user_id);
    const travellers = reservation.passengers.length;

    let total = 0;
    const itinerary: ReservationFlight[] = [];
    for (const info of args.flights) {
      const kept = reservation.flights.find(
        (each) => each.flight_number === info.flight_number && each.date === info.date && args.cabin === reservation.cabin,
      );
      if (kept) {
        total += kept.price * travellers;
        itinerary.push({ ...kept });
        continue;
      }
      const flight = getFlight(db, info.flight_number);
      const instance = bookableFlightDate(db, info.flight_number, info.date, args.cabin, travellers);
      const price = instance.prices[args.cabin];
      itinerary.push({ flight_number: info.flight_number, origin: flight.origin, destination: flight.destination, date: info.date, price });
      total += price * travellers;
    }
    total -= reservation.flights.reduce((sum, each) => sum + each.price, 0) * travellers;

    const payment = chargeForChange(user, args.payment_id, total);
    if (payment) reservation.payment_history.push(payment);
    reservation.flights = itinerary;
    reservation.cabin = args.cabin;
    // Seats are not taken or released here, as in the reference.
    return reservation;
  },
});

export const updateReservationPassengers = defineAirlineTool({
  name: 'update_reservation_passengers',
  description:
    'Replace the passengers (first name, last name, date of birth) of a reservation; their number cannot change. ' +
    "Get the user's explicit yes first.",
  input: z.object({ reservation_id: z.string(), passengers: z.array(passenger) }),
  handler: (db: Draft<AirlineDb>, args) => {
    const reservation = getReservation(db, args.reservation_id);
    if (args.passengers.length !== reservation.passengers.length) throw new ToolError('Number of passengers does not match');
    reservation.passengers = args.passengers.map((each) => ({ ...each }));
    return reservation;
  },
});
