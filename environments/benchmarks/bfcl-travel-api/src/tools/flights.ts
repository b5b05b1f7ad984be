import { pythonStrptime, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { BASE_COSTS } from '../data.js';
import { pythonNumber } from '../python.js';
import { randint } from '../random-draws.js';
import { defineTravelTool, type TravelState } from '../scenario.js';
import { tokenProblem } from './auth.js';

const AIRPORTS = [
  'RMS',
  'SBK',
  'MPC',
  'SVP',
  'SHD',
  'CDG',
  'LHR',
  'SSV',
  'OKD',
  'WLB',
  'PEK',
  'HND',
  'HKG',
  'CIA',
  'CRH',
  'ATV',
  'PHV',
  'GFD',
  'SFO',
  'LAX',
  'JFK',
  'ORD',
  'BOS',
];

const CLASS_FACTORS: Record<string, number> = { economy: 1, business: 2, first: 5 };

const NEAREST_AIRPORT: Record<string, string> = {
  Rivermist: 'RMS',
  Stonebrook: 'SBK',
  Maplecrest: 'MPC',
  Silverpine: 'SVP',
  Shadowridge: 'SHD',
  London: 'LHR',
  Paris: 'CDG',
  'Sunset Valley': 'SSV',
  Oakendale: 'OKD',
  Willowbend: 'WLB',
  'Crescent Hollow': 'CRH',
  Autumnville: 'ATV',
  Pinehaven: 'PHV',
  Greenfield: 'GFD',
  'San Francisco': 'SFO',
  'Los Angeles': 'LAX',
  'New York': 'JFK',
  Chicago: 'ORD',
  Boston: 'BOS',
  Beijing: 'PEK',
  'Hong Kong': 'HKG',
  Rome: 'CIA',
  Tokyo: 'HND',
};

/** Fares multiply by 2 on dates whose digits add up to an even number. */
function dateMultiplier(travelDate: string): number {
  let sum = 0;
  for (const char of travelDate) if (char >= '0' && char <= '9') sum += Number(char);
  return sum % 2 === 0 ? 2 : 1;
}

/** What a route's base cost is multiplied by, or the ValueError BFCL raises for an unknown route or class. */
function fareFactor(from: string, to: string, travelDate: string, travelClass: string): { base: number; factor: number } {
  const route = BASE_COSTS.find(([a, b]) => a === from && b === to);
  if (!route) throw new ToolError('ValueError: No available route for the given airports.');
  const classFactor = Object.hasOwn(CLASS_FACTORS, travelClass) ? CLASS_FACTORS[travelClass] : undefined;
  if (classFactor === undefined) throw new ToolError('ValueError: Invalid travel class. Options are: economy, business, first.');
  return { base: route[2], factor: classFactor * dateMultiplier(travelDate) };
}

export const getFlightCost = defineTravelTool({
  name: 'get_flight_cost',
  description:
    'The fare in USD of a route between two airports on a date, in a class (economy ×1, business ×2, first ×5; ' +
    'doubled on dates whose digits sum to an even number), as a one-item list. An unknown route or class fails ' +
    'the call. The long-context variant lists the fares of every route for that date and class.',
  input: z.object({ travel_from: z.string(), travel_to: z.string(), travel_date: z.string(), travel_class: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const { base, factor } = fareFactor(args.travel_from, args.travel_to, args.travel_date, args.travel_class);
    return { travel_cost_list: state.long_context ? BASE_COSTS.map(([, , cost]) => cost * factor) : [base * factor] };
  },
});

export const listAllAirports = defineTravelTool({
  name: 'list_all_airports',
  description: 'The IATA codes of every airport the system flies to.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: () => AIRPORTS,
});

export const getNearestAirportByCity = defineTravelTool({
  name: 'get_nearest_airport_by_city',
  description: 'The airport code nearest to a known city; "Unknown" for any other.',
  input: z.object({ location: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => ({
    nearest_airport: Object.hasOwn(NEAREST_AIRPORT, args.location) ? NEAREST_AIRPORT[args.location] : 'Unknown',
  }),
});

const refused = (error: string) => ({ booking_status: false, error });

function bookingProblem(
  state: TravelState,
  args: { access_token: string; card_id: string; travel_date: string; travel_from: string; travel_to: string; travel_class: string },
) {
  const problem = tokenProblem(state, args.access_token);
  if (problem) return refused(problem);
  if (!Object.hasOwn(state.credit_card_list, args.card_id)) return refused('Card not registered');
  if (!Object.hasOwn(state.credit_card_list[args.card_id] as object, 'balance')) return refused('Balance not found');
  if (!AIRPORTS.includes(args.travel_from)) return refused(`Invalid departure airport code: ${args.travel_from}`);
  if (!AIRPORTS.includes(args.travel_to)) return refused(`Invalid destination airport code: ${args.travel_to}`);
  if (!pythonStrptime(args.travel_date, '%Y-%m-%d').ok) return refused('Invalid date format. Use YYYY-MM-DD.');
  if (!Object.hasOwn(CLASS_FACTORS, args.travel_class)) {
    // BFCL prints a Python set, whose order depends on the process's hash seed; this is one such order.
    return refused("Invalid travel class. Must be one of {'economy', 'business', 'first'}");
  }
  return undefined;
}

export const bookFlight = defineTravelTool({
  name: 'book_flight',
  description:
    'Book a flight between two airports on a date (YYYY-MM-DD) in a class, paid with a registered card: the fare ' +
    'is taken from the card and new booking and transaction ids are drawn. Refusals answer booking_status: ' +
    'false with an error (bad token, card, airport, date, class or route, too little balance, or a balance ' +
    'below the budget limit). booking_history is empty except in the long-context variant.',
  input: z.object({
    access_token: z.string(),
    card_id: z.string(),
    travel_date: z.string(),
    travel_from: z.string(),
    travel_to: z.string(),
    travel_class: z.string(),
  }),
  handler: (state, args) => {
    const problem = bookingProblem(state, args);
    if (problem) return problem;
    let cost: number;
    try {
      const { base, factor } = fareFactor(args.travel_from, args.travel_to, args.travel_date, args.travel_class);
      cost = base * factor;
    } catch (error) {
      return refused((error as Error).message.replace(/^ValueError: /, ''));
    }
    const card = state.credit_card_list[args.card_id] as Record<string, unknown>;
    const balance = pythonNumber(card.balance, 'balance');
    if (balance < cost) return refused('Insufficient funds');
    if (state.budget_limit !== null && balance < state.budget_limit) return refused('Balance is less than budget limit');
    card.balance = balance - cost;
    const booking_id = String(randint(state, 1000000, 9999999));
    const transaction_id = String(randint(state, 10000000, 99999999));
    state.booking_record[booking_id] = {
      card_id: args.card_id,
      travel_date: args.travel_date,
      travel_from: args.travel_from,
      travel_to: args.travel_to,
      travel_class: args.travel_class,
      travel_cost: cost,
      transaction_id,
    };
    return { booking_id, transaction_id, booking_status: true, booking_history: state.long_context ? state.booking_record : {} };
  },
});
