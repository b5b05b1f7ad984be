import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineTFTServerTool } from '../scenario.js';

export const tftGetPlayStyle = defineTFTServerTool({
  name: 'tft_get_play_style',
  description:
    'A play style (e.g. aggro, economy, reroll, fast8) with its description and tips: {style, description, recommendations}. ' +
    'Without a style, or with one the data lacks, it answers with the aggro style.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    style: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const asked = args.style ? ownEntry(state.playStylesMap, args.style) : undefined;
    if (asked) return asked;
    // The reference's fallback when the scenario has no aggro entry either.
    return ownEntry(state.playStylesMap, 'aggro') ?? { style: 'aggro', description: 'Default aggressive style', recommendations: [] };
  },
});
