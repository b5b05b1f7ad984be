import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { EbayState } from '../scenario.js';

export const getItemDetails = defineTool({
  name: 'get_item_details',
  description:
    'Full record of one item by item_id: description, price, condition, seller with feedback, images, item ' +
    'specifics, shipping options and return policy. Items created with create_listing use their listing id.',
  input: z.object({ item_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<EbayState>, args) => {
    if (!args.item_id) throw new ToolError('Item ID must be a non-empty string');
    const item = state.items[args.item_id];
    if (!item) throw new ToolError(`Item ${args.item_id} not found`);
    return item;
  },
});
