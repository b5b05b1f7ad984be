import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDrugBankTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getDrugDetails = defineDrugBankTool({
  name: 'get_drug_details',
  description:
    "A drug's pharmacology by DrugBank id (DB followed by five digits): description, mechanism of action, " +
    'pharmacodynamics, absorption, metabolism, indications, contraindications, dosage forms, side effects and ' +
    'pregnancy category. Fails for an unknown id.',
  input: z.object({
    drugbank_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.drugbank_id, 'DrugBank ID');
    const drug = ownEntry(state.drugs, args.drugbank_id);
    if (!drug) throw new ToolError(`Drug ${args.drugbank_id} not found`);
    const { synonyms: _synonyms, categories: _categories, atc_codes: _atc, ...details } = drug;
    return details;
  },
});
