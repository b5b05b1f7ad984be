import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { type AirlineDb, defineAirlineTool } from '../scenario.js';
import { getFlightDate } from './lookups.js';

// The airports the reference lists, in its order.
const AIRPORTS: [iata: string, city: string][] = [
  ['SFO', 'San Francisco'],
  ['JFK', 'New York'],
  ['LAX', 'Los Angeles'],
  ['ORD', 'Chicago'],
  ['DFW', 'Dallas'],
  ['DEN', 'Denver'],
  ['SEA', 'Seattle'],
  ['ATL', 'Atlanta'],
  ['MIA', 'Miami'],
  ['BOS', 'Boston'],
  ['PHX', 'Phoenix'],
  ['IAH', 'Houston'],
  ['LAS', 'Las Vegas'],
  ['MCO', 'Orlando'],
  ['EWR', 'Newark'],
  ['CLT', 'Charlotte'],
  ['MSP', 'Minneapolis'],
  ['DTW', 'Detroit'],
  ['PHL', 'Philadelphia'],
  ['LGA', 'LaGuardia'],
];

interface Search {
  date: string;
  origin?: string;
  destination?: string;
  /** Scheduled departure at or after this "HH:MM:SS" text (compared as text, as the reference does). */
  leaveAfter?: string;
}

/** Flights open for booking on a date, in database order, shaped as the reference's DirectFlight. */
function directFlights(db: Draft<AirlineDb>, search: Search, withDate: boolean) {
  const found = [];
  for (const flight of Object.values(db.flights)) {
    if (search.origin !== undefined && flight.origin !== search.origin) continue;
    if (search.destination !== undefined && flight.destination !== search.destination) continue;
    const instance = ownEntry(flight.dates, search.date);
    if (instance?.status !== 'available') continue;
    if (search.leaveAfter !== undefined && flight.scheduled_departure_time_est < search.leaveAfter) continue;
    found.push({
      flight_number: flight.flight_number,
      origin: flight.origin,
      destination: flight.destination,
      status: 'available' as const,
      scheduled_departure_time_est: flight.scheduled_departure_time_est,
      scheduled_arrival_time_est: flight.scheduled_arrival_time_est,
      date: withDate ? search.date : null,
      available_seats: { ...instance.available_seats },
      prices: { ...instance.prices },
    });
  }
  return found;
}

/** Python's int() of a date's last two characters, with its error for text that is not a number. */
function dayOfMonth(date: string): number {
  const tail = date.slice(-2);
  if (!/^\s*[+-]?\d+\s*$/.test(tail)) throw new ToolError(`invalid literal for int() with base 10: '${tail}'`);
  return Number.parseInt(tail, 10);
}

const route = { origin: z.string(), destination: z.string(), date: z.string() };

export const searchDirectFlight = defineAirlineTool({
  name: 'search_direct_flight',
  description:
    'Direct flights from origin to destination (IATA codes such as "JFK") on a date ("2024-05-16") that are still ' +
    'open for booking, with seats left and prices per cabin.',
  input: z.object(route),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<AirlineDb>, args) => directFlights(db, args, false),
});

export const searchOnestopFlight = defineAirlineTool({
  name: 'search_onestop_flight',
  description:
    'Connections with one stop from origin to destination leaving on a date: pairs of flights open for booking, ' +
    'the second leaving the stop no earlier than the first arrives (the next day when the first arrives after ' +
    'midnight), each with its date.',
  input: z.object(route),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<AirlineDb>, args) => {
    const pairs = [];
    for (const first of directFlights(db, { date: args.date, origin: args.origin }, true)) {
      // The reference writes the next day without zero padding ("2024-05-6"), and only in May.
      const secondDate = first.scheduled_arrival_time_est.includes('+1') ? `2024-05-${dayOfMonth(args.date) + 1}` : args.date;
      const seconds = directFlights(
        db,
        { date: secondDate, origin: first.destination, destination: args.destination, leaveAfter: first.scheduled_arrival_time_est },
        true,
      );
      for (const second of seconds) pairs.push([first, second]);
    }
    return pairs;
  },
});

export const getFlightStatus = defineAirlineTool({
  name: 'get_flight_status',
  description: 'The status of a flight on a date: available, on time, delayed, flying, landed or cancelled.',
  input: z.object({ flight_number: z.string(), date: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<AirlineDb>, args) => getFlightDate(db, args.flight_number, args.date).status,
});

export const listAllAirports = defineAirlineTool({
  name: 'list_all_airports',
  description: 'Every airport the airline serves, with its IATA code and city.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: () => AIRPORTS.map(([iata, city]) => ({ iata, city })),
});
