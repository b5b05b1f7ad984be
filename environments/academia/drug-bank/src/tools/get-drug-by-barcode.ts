import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDrugBankTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getDrugByBarcode = defineDrugBankTool({
  name: 'get_drug_by_barcode',
  description:
    'The product behind a UPC/EAN barcode: its DrugBank id, product name, manufacturer, active ingredients, ' +
    'strength, packaging and approval status. Fails for an unknown barcode.',
  input: z.object({
    barcode: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.barcode, 'Barcode');
    const product = ownEntry(state.products, args.barcode);
    if (!product) throw new ToolError(`Product with barcode ${args.barcode} not found`);
    const { barcode: _barcode, ...details } = product;
    return details;
  },
});
