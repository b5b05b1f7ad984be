import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { bookingSchema, defineTravelBookingTool } from '../scenario.js';
import { findCard } from './cards.js';
import { drawsSoFar, generatedId } from './generated-ids.js';
import { findSession, requireTokenText } from './session.js';

export const bookFlight = defineTravelBookingTool({
  name: 'book_flight',
  description:
    'Book the first flight of the requested travel_class on the departure → arrival route and pay it with a ' +
    "registered card: the card balance drops by the fare and it counts toward the session's total_spent. The " +
    "traveler defaults to the signed-in client's name. travel_date (YYYY-MM-DD) is recorded on the booking. Fails " +
    'when the route or class has no flight or the card cannot cover the fare. Returns the booking_id, ' +
    'transaction_id, booking_status true, the cost and the trip details.',
  input: z.object({
    access_token: z.string(),
    card_id: z.string(),
    departure_airport: z.string(),
    arrival_airport: z.string(),
    travel_date: z.string(),
    travel_class: z.string(),
    traveler_first_name: z.string().nullable().default(null),
    traveler_last_name: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireTokenText(args.access_token);
    if (!args.card_id || !args.departure_airport || !args.arrival_airport || !args.travel_date || !args.travel_class) {
      throw new ToolError('card_id, departure_airport, arrival_airport, travel_date and travel_class are all required');
    }
    const session = findSession(state, args.access_token);
    const card = findCard(state, args.card_id);
    const client = ownEntry(state.registered_users, session.client_id);
    if (!client) {
      throw new ToolError(`This session belongs to client_id '${session.client_id}', which is not in registered_users`);
    }
    const route = ownEntry(state.available_flights, `${args.departure_airport}-${args.arrival_airport}`);
    if (!route) throw new ToolError(`No flights available for the route ${args.departure_airport}-${args.arrival_airport}`);
    const flight = route.find((candidate) => candidate.travel_class === args.travel_class);
    if (!flight) throw new ToolError(`No ${args.travel_class} flights available on this route`);
    if (flight.cost > card.balance) {
      throw new ToolError(`Insufficient card balance: the fare is ${flight.cost} USD and card ${args.card_id} has ${card.balance} USD`);
    }

    const draws = drawsSoFar(state);
    const bookingId = generatedId(state.random_seed, draws);
    const transactionId = generatedId(state.random_seed, draws + 1);
    const booking = bookingSchema.safeParse({
      booking_id: bookingId,
      transaction_id: transactionId,
      booking_status: 'confirmed',
      cost: flight.cost,
      departure_airport: args.departure_airport,
      arrival_airport: args.arrival_airport,
      travel_date: args.travel_date,
      travel_class: args.travel_class,
      booking_date: state.current_time,
      traveler_first_name: args.traveler_first_name || client.first_name,
      traveler_last_name: args.traveler_last_name || client.last_name,
    });
    if (!booking.success) throw new ToolError(booking.error.issues.map((issue) => issue.message).join('; '));
    state.bookings[bookingId] = booking.data;
    card.balance -= flight.cost;
    state.total_spent[args.access_token] = (ownEntry(state.total_spent, args.access_token) ?? 0) + flight.cost;
    return {
      booking_id: bookingId,
      transaction_id: transactionId,
      booking_status: true,
      cost: flight.cost,
      departure_airport: args.departure_airport,
      arrival_airport: args.arrival_airport,
      travel_date: args.travel_date,
      travel_class: args.travel_class,
    };
  },
});
