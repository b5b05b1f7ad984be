import { defaultNull, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { pythonItem, pythonNumber } from '../python.js';
import { randint } from '../random-draws.js';
import { defineTravelTool } from '../scenario.js';
import { tokenProblem } from './auth.js';

const INVOICE_FIELDS = ['travel_date', 'travel_from', 'travel_to', 'travel_class', 'travel_cost', 'transaction_id'];

export const retrieveInvoice = defineTravelTool({
  name: 'retrieve_invoice',
  description:
    "A booking's invoice: date, route, class, cost and transaction id. Needs a matching, unexpired token and a " +
    'known booking_id (else {error}); insurance_id is accepted and ignored.',
  input: z.object({ access_token: z.string(), booking_id: defaultNull(z.string()), insurance_id: defaultNull(z.string()) }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const problem = tokenProblem(state, args.access_token);
    if (problem) return { error: problem };
    const booking = args.booking_id === null ? undefined : ownEntry(state.booking_record, args.booking_id);
    if (!booking) return { error: 'Booking not found' };
    const invoice: Record<string, unknown> = { booking_id: args.booking_id };
    for (const field of INVOICE_FIELDS) invoice[field] = pythonItem(booking, field);
    return { invoice };
  },
});

export const getBookingHistory = defineTravelTool({
  name: 'get_booking_history',
  description: 'Every booking by id, with its details. Needs a matching, unexpired token (else {error}).',
  input: z.object({ access_token: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const problem = tokenProblem(state, args.access_token);
    if (problem) return { error: problem };
    return { booking_history: state.booking_record };
  },
});

export const cancelBooking = defineTravelTool({
  name: 'cancel_booking',
  description:
    'Cancel a booking and refund its cost to the card it was paid with. Refusals answer cancel_status: false ' +
    'with an error (bad token, unknown booking).',
  input: z.object({ access_token: z.string(), booking_id: z.string() }),
  handler: (state, args) => {
    const problem = tokenProblem(state, args.access_token);
    if (problem) return { cancel_status: false, error: problem };
    const booking = ownEntry(state.booking_record, args.booking_id);
    if (!booking) return { cancel_status: false, error: 'Booking not found' };
    const cardId = String(pythonItem(booking, 'card_id'));
    const cost = pythonNumber(pythonItem(booking, 'travel_cost'), 'travel_cost');
    const card = pythonItem(state.credit_card_list, cardId) as Record<string, unknown>;
    card.balance = pythonNumber(pythonItem(card, 'balance'), 'balance') + cost;
    delete state.booking_record[args.booking_id];
    return { cancel_status: true };
  },
});

export const purchaseInsurance = defineTravelTool({
  name: 'purchase_insurance',
  description:
    'Buy travel insurance for a booking, charged to a registered card, and answer a new insurance id. Refusals ' +
    'answer insurance_status: false with an error (bad token, a cost above the budget limit, unknown booking or card).',
  input: z.object({
    access_token: z.string(),
    insurance_type: z.string(),
    booking_id: z.string(),
    insurance_cost: z.number(),
    card_id: z.string(),
  }),
  handler: (state, args) => {
    const refused = (error: string) => ({ insurance_status: false, error });
    const problem = tokenProblem(state, args.access_token);
    if (problem) return refused(problem);
    if (state.budget_limit !== null && state.budget_limit < args.insurance_cost) return refused('Exceeded budget limit');
    if (!Object.hasOwn(state.booking_record, args.booking_id)) return refused('Booking not found');
    const card = ownEntry(state.credit_card_list, args.card_id);
    if (!card) return refused('Credit card not registered');
    card.balance = pythonNumber(pythonItem(card, 'balance'), 'balance') - args.insurance_cost;
    return { insurance_id: String(randint(state, 100000000, 999999999)), insurance_status: true };
  },
});

export const contactCustomerSupport = defineTravelTool({
  name: 'contact_customer_support',
  description: 'Send a message to customer support about a known booking (else {error}) and get their reply.',
  input: z.object({ booking_id: z.string(), message: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!Object.hasOwn(state.booking_record, args.booking_id)) return { error: 'Booking not found' };
    return {
      customer_support_message:
        'Thank you for contacting customer support. Your message has been received and we will get back to you shortly.',
    };
  },
});

export const setBudgetLimit = defineTravelTool({
  name: 'set_budget_limit',
  description: 'Set the budget limit in USD. Needs a matching, unexpired token (else {error}).',
  input: z.object({ access_token: z.string(), budget_limit: z.number() }),
  handler: (state, args) => {
    const problem = tokenProblem(state, args.access_token);
    if (problem) return { error: problem };
    state.budget_limit = args.budget_limit;
    return { budget_limit: args.budget_limit };
  },
});
