import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema, shippedDb } from './scenario.js';
import { getFlightStatus, listAllAirports, searchDirectFlight, searchOnestopFlight } from './tools/flights.js';
import { calculate, transferToHumanAgents } from './tools/generic.js';
import {
  bookReservation,
  cancelReservation,
  getReservationDetails,
  updateReservationBaggages,
  updateReservationFlights,
  updateReservationPassengers,
} from './tools/reservations.js';
import { getUserDetails, sendCertificate } from './tools/users.js';

export const tau2Airline = defineEnvironment({
  name: 'Tau2Airline',
  domain: 'benchmarks',
  version: '0.1.0',
  description:
    "τ²-bench's airline customer-service domain, with its tool names, arguments, results and error texts: search " +
    'flights, book, change and cancel reservations, update baggage and passengers, send certificates. Starts from ' +
    "τ²'s airline database (300 flights, 500 users, 2000 reservations; clock fixed at 2024-05-15 15:00 EST).",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    bookReservation,
    calculate,
    cancelReservation,
    getReservationDetails,
    getUserDetails,
    listAllAirports,
    searchDirectFlight,
    searchOnestopFlight,
    sendCertificate,
    transferToHumanAgents,
    updateReservationBaggages,
    updateReservationFlights,
    updateReservationPassengers,
    getFlightStatus,
  ],
});

export default tau2Airline;
export { scenarioSchema, shippedDb };
export type { AirlineDb, Flight, Reservation, User } from './scenario.js';
