import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { authenticateTravel, travelGetLoginStatus } from './tools/auth.js';
import {
  cancelBooking,
  contactCustomerSupport,
  getBookingHistory,
  purchaseInsurance,
  retrieveInvoice,
  setBudgetLimit,
} from './tools/bookings.js';
import { getAllCreditCards, getCreditCardBalance, registerCreditCard } from './tools/cards.js';
import { bookFlight, getFlightCost, getNearestAirportByCity, listAllAirports } from './tools/flights.js';
import { computeExchangeRate, getBudgetFiscalYear, verifyTravelerInformation } from './tools/misc.js';

export const bfclTravelApi = defineEnvironment({
  name: 'BfclTravelAPI',
  domain: 'benchmarks',
  version: '0.1.0',
  description:
    "BFCL v4 multi-turn's TravelAPI: book flights between airports, register and charge credit cards, keep a " +
    'budget limit, buy insurance, fetch invoices and booking history, convert currencies and check travellers. ' +
    'Same class, function and argument names as the benchmark; a scenario is the class entry of an initial_config.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    authenticateTravel,
    travelGetLoginStatus,
    getBudgetFiscalYear,
    registerCreditCard,
    getCreditCardBalance,
    getAllCreditCards,
    getFlightCost,
    listAllAirports,
    getNearestAirportByCity,
    bookFlight,
    retrieveInvoice,
    getBookingHistory,
    cancelBooking,
    purchaseInsurance,
    contactCustomerSupport,
    setBudgetLimit,
    computeExchangeRate,
    verifyTravelerInformation,
  ],
});

export default bfclTravelApi;
export { scenarioSchema };
export type { Card, Json, TravelState } from './scenario.js';
