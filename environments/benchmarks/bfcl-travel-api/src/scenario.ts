import { anyInteger, keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';
import { BOOKING_RECORD_EXTENSION, CREDIT_CARD_EXTENSION } from './data.js';

// The state is TravelAPI's public attributes under their own names, plus the class's private bits
// in `_` keys. A BFCL initial_config loads as `_load_scenario` reads it (extra keys some entries
// carry, such as current_location, are ignored as BFCL ignores them); with long_context the
// benchmark's extra cards and bookings join those the scenario has, once.

export type Json = z.output<ReturnType<typeof z.json>>;

// Cards and bookings are whatever the scenario holds: benchmark entries use a dozen shapes. Only a
// card's balance is used as a number.
export const cardSchema = z.looseObject({ balance: z.number().optional() });

const fields = z.object({
  credit_card_list: keyedRecord(cardSchema).default(() => ({})),
  booking_record: keyedRecord(z.record(z.string(), z.json())).default(() => ({})),
  access_token: z.string().nullable().default(null),
  token_type: z.string().nullable().default(null),
  token_expires_in: anyInteger().nullable().default(null),
  token_scope: z.string().nullable().default(null),
  user_first_name: z.string().nullable().default(null),
  user_last_name: z.string().nullable().default(null),
  budget_limit: z.number().nullable().default(null),
  long_context: z.boolean().default(false),
  _random_seed: anyInteger().default(141053),
  // How many 32-bit words the generator has produced: replaying them restores its position.
  _random_words: anyInteger().min(0).default(0),
  // Whether the long-context cards and bookings were added already (a saved state must not get back
  // a booking it cancelled).
  _extensions_added: z.boolean().default(false),
  random_seed: anyInteger().optional(),
});

export const scenarioSchema = fields.overwrite((raw) => {
  const { random_seed, ...state } = raw;
  if (random_seed !== undefined) state._random_seed = random_seed;
  if (state.long_context && !state._extensions_added) {
    for (const [id, card] of Object.entries(CREDIT_CARD_EXTENSION)) {
      if (!Object.hasOwn(state.credit_card_list, id)) state.credit_card_list[id] = structuredClone(card) as z.output<typeof cardSchema>;
    }
    for (const [id, booking] of Object.entries(BOOKING_RECORD_EXTENSION)) {
      if (!Object.hasOwn(state.booking_record, id)) state.booking_record[id] = structuredClone(booking) as Record<string, Json>;
    }
    state._extensions_added = true;
  }
  return state;
});

export type TravelState = z.output<typeof scenarioSchema>;
export type Card = z.output<typeof cardSchema>;

export const defineTravelTool = toolsFor<TravelState>();
