import { anyInteger, containsText } from '@envfleet/kit';
import { z } from 'zod';
import { defineTFTServerTool } from '../scenario.js';
import { firstUpTo } from './limit.js';

export const tftListMetaDecks = defineTFTServerTool({
  name: 'tft_list_meta_decks',
  description:
    'Meta deck compositions with champions, traits, win rate and play rate, the first `limit` when given (0 means all). ' +
    '`tier` keeps only decks whose name contains it, ignoring case (decks carry no tier of their own): {decks: [...]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tier: z.string().nullable().default(null),
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const { tier } = args;
    let decks = state.metaDecksList;
    if (tier) {
      const wanted = tier.toUpperCase();
      decks = decks.filter((deck) => containsText(deck.name.toUpperCase(), wanted));
    }
    return { decks: firstUpTo(decks, args.limit) };
  },
});
