import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { authenticate } from './tools/authenticate.js';
import { bookFlight } from './tools/book-flight.js';
import { cancelBooking } from './tools/cancel-booking.js';
import { checkLoginStatus } from './tools/check-login-status.js';
import { contactSupport } from './tools/contact-support.js';
import { convertCurrency } from './tools/convert-currency.js';
import { getAirportByCity } from './tools/get-airport-by-city.js';
import { getBookingInvoice } from './tools/get-booking-invoice.js';
import { getBudgetInfo } from './tools/get-budget-info.js';
import { getCreditCardBalance } from './tools/get-credit-card-balance.js';
import { getInsuranceQuote } from './tools/get-insurance-quote.js';
import { listAirports } from './tools/list-airports.js';
import { listBookings } from './tools/list-bookings.js';
import { listCreditCards } from './tools/list-credit-cards.js';
import { purchaseInsurance } from './tools/purchase-insurance.js';
import { registerCreditCard } from './tools/register-credit-card.js';
import { searchFlights } from './tools/search-flights.js';
import { setBudgetLimit } from './tools/set-budget-limit.js';

export const travelBooking = defineEnvironment({
  name: 'TravelBooking',
  domain: 'travel',
  version: '0.1.0',
  description:
    'A travel booking service: sign in a registered client, look up airports and flights, register payment cards, ' +
    'book and cancel flights, get invoices, quote and buy travel insurance, track a budget, convert currencies ' +
    'and contact support.',
  scenario: scenarioSchema,
  presets: { demo },
  // current_time is a UTC wall-clock time without a zone suffix.
  clock: (state) => `${state.current_time}Z`,
  tools: [
    authenticate,
    checkLoginStatus,
    listAirports,
    getAirportByCity,
    searchFlights,
    registerCreditCard,
    getCreditCardBalance,
    listCreditCards,
    bookFlight,
    getBookingInvoice,
    cancelBooking,
    listBookings,
    getInsuranceQuote,
    purchaseInsurance,
    setBudgetLimit,
    getBudgetInfo,
    convertCurrency,
    contactSupport,
  ],
});

export default travelBooking;
export { scenarioSchema };
export type { TravelBookingState } from './scenario.js';
