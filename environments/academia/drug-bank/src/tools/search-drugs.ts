import { containsText, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineDrugBankTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const searchDrugs = defineDrugBankTool({
  name: 'search_drugs',
  description:
    'Find drugs whose name or a synonym contains the query (case-insensitive), in database order, up to `limit` ' +
    '(default 10; a limit below 1 still returns the first match, as the reference does): {drugs: [{drugbank_id, ' +
    'name, description, synonyms, categories, atc_codes}]}. `fuzzy` is accepted and has no further effect.',
  input: z.object({
    query: z.string(),
    fuzzy: z.boolean().default(true),
    limit: anyInteger().default(10),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.query, 'Query');
    const query = args.query.toLowerCase();
    const drugs: unknown[] = [];
    for (const drug of Object.values(state.drugs)) {
      if (!containsText(drug.name.toLowerCase(), query) && !drug.synonyms.some((synonym) => containsText(synonym.toLowerCase(), query)))
        continue;
      const { drugbank_id, name, description, synonyms, categories, atc_codes } = drug;
      drugs.push({ drugbank_id, name, description, synonyms, categories, atc_codes });
      if (drugs.length >= args.limit) break;
    }
    return { drugs };
  },
});
