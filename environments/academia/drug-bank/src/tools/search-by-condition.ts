import { containsText, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineDrugBankTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const searchByCondition = defineDrugBankTool({
  name: 'search_by_condition',
  description:
    'Drugs indexed for every condition whose name contains the text (case-insensitive), in index order, once per ' +
    'listing (a drug indexed under two matching conditions appears twice): {drugs: [{drugbank_id, name, ' +
    'indication_type, efficacy}]}.',
  input: z.object({
    condition: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.condition, 'Condition');
    const wanted = args.condition.toLowerCase();
    const ids = Object.entries(state.condition_index).flatMap(([condition, drugIds]) =>
      containsText(condition.toLowerCase(), wanted) ? drugIds : [],
    );
    const drugs = ids.flatMap((id) => {
      const drug = ownEntry(state.drugs, id);
      return drug ? [{ drugbank_id: drug.drugbank_id, name: drug.name, indication_type: 'approved', efficacy: 'established' }] : [];
    });
    return { drugs };
  },
});
