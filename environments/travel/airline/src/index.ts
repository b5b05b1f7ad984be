import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { bookReservation } from './tools/book-reservation.js';
import { cancelReservation } from './tools/cancel-reservation.js';
import { getFlightStatus } from './tools/get-flight-status.js';
import { getReservationDetails } from './tools/get-reservation-details.js';
import { getUserDetails } from './tools/get-user-details.js';
import { listAirports } from './tools/list-airports.js';
import { searchFlights } from './tools/search-flights.js';
import { updateReservationBaggage } from './tools/update-reservation-baggage.js';
import { updateReservationFlights } from './tools/update-reservation-flights.js';
import { updateReservationPassengers } from './tools/update-reservation-passengers.js';

export const airline = defineEnvironment({
  name: 'Airline',
  domain: 'travel',
  version: '0.1.0',
  description:
    "An airline's customer service desk: list airports, search direct flights and their status, look up customers " +
    'and reservations, book, change flights, passengers or bags, and cancel with a partial refund.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    listAirports,
    searchFlights,
    getFlightStatus,
    getUserDetails,
    getReservationDetails,
    bookReservation,
    updateReservationFlights,
    updateReservationPassengers,
    updateReservationBaggage,
    cancelReservation,
  ],
});

export default airline;
export { scenarioSchema };
export type { AirlineState, Reservation } from './scenario.js';
