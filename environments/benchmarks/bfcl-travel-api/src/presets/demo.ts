import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// A traveller already signed in (token 482913) with two cards — one comfortable, one nearly empty —
// a budget limit between their balances, and two upcoming bookings, one of them insured. Worth
// trying: a booking the small card cannot pay, one refused by the budget rule, a cancellation that
// refunds the card, and a traveller check for someone else.
export const demo: z.input<typeof scenarioSchema> = {
  credit_card_list: {
    '731904562218': {
      card_number: '4539 7712 0094 3381',
      expiration_date: '09/2027',
      cardholder_name: 'Amara Okafor',
      card_verification_number: 412,
      balance: 6250.0,
    },
    '508117349920': {
      card_number: '5425 2334 3010 9903',
      expiration_date: '02/2026',
      cardholder_name: 'Amara Okafor',
      card_verification_number: 87,
      balance: 180.0,
    },
  },
  booking_record: {
    '4471920': {
      card_id: '731904562218',
      travel_date: '2024-10-03',
      travel_from: 'SFO',
      travel_to: 'BOS',
      travel_class: 'economy',
      travel_cost: 450.0,
      transaction_id: '58120774',
    },
    '6023518': {
      card_id: '731904562218',
      travel_date: '2024-11-21',
      travel_from: 'BOS',
      travel_to: 'RMS',
      travel_class: 'business',
      travel_cost: 1600.0,
      transaction_id: '90317265',
    },
  },
  access_token: '482913',
  token_type: 'Bearer',
  token_expires_in: 2,
  token_scope: 'read_write',
  user_first_name: 'Amara',
  user_last_name: 'Okafor',
  budget_limit: 1000.0,
  random_seed: 90210,
};
