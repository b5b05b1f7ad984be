import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { checkDrugInteractions } from './tools/check-drug-interactions.js';
import { getDrugByBarcode } from './tools/get-drug-by-barcode.js';
import { getDrugDetails } from './tools/get-drug-details.js';
import { searchByCondition } from './tools/search-by-condition.js';
import { searchDrugs } from './tools/search-drugs.js';

export const drugBank = defineEnvironment({
  name: 'DrugBank',
  domain: 'academia',
  version: '0.1.0',
  description:
    "DrugBank drug reference: search drugs by name or synonym, read a drug's pharmacology, check a list of drugs for interactions, find drugs for a condition, and identify a product by barcode.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [searchDrugs, getDrugDetails, checkDrugInteractions, searchByCondition, getDrugByBarcode],
});

export default drugBank;
export { scenarioSchema };
export type { DrugBankState } from './scenario.js';
