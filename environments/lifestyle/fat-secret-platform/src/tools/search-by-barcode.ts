import { z } from 'zod';
import { defineFatSecretPlatformTool } from '../scenario.js';
import { lookUp } from './lookup.js';

export const searchByBarcode = defineFatSecretPlatformTool({
  name: 'search_by_barcode',
  description:
    'A packaged product by its UPC/EAN barcode (exact digits): name, brand, package size, nutrition per serving, ' +
    'ingredients, allergen warnings and country. region is accepted and does not change the result. Fails for an unknown barcode.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    barcode: z.string(),
    region: z.string().default('US'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) =>
    lookUp(state.barcode_lookup, args.barcode, 'barcode', `Barcode ${args.barcode} not found: check the digits, leading zeros included`),
});
