import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { AmazonProductState } from '../scenario.js';
import { resourcesArgument } from './resources.js';

export const getItems = defineTool({
  name: 'get_items',
  description:
    'Full details of items by ASIN: description, feature bullets, price, images, rating, review count and availability. ' +
    'ASINs with no detail record are left out of the result, so fewer items than asked for may come back.',
  input: z.object({
    asins: z.array(z.string()),
    resources: resourcesArgument,
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<AmazonProductState>, args) => {
    if (args.asins.length === 0) throw new ToolError('ASINs must be a non-empty list');
    return { items: args.asins.flatMap((asin) => (Object.hasOwn(state.items, asin) ? [state.items[asin]] : [])) };
  },
});

export const getVariations = defineTool({
  name: 'get_variations',
  description:
    'The variations (size, color, style…) of a parent ASIN, each with its own ASIN, title, variation_attributes, ' +
    'price and availability. A product without variations gives an empty list.',
  input: z.object({
    asin: z.string(),
    resources: resourcesArgument,
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<AmazonProductState>, args) => {
    if (!args.asin) throw new ToolError('ASIN must be a non-empty string');
    return { variations: Object.hasOwn(state.variations, args.asin) ? state.variations[args.asin] : [] };
  },
});

export const getBrowseNodes = defineTool({
  name: 'get_browse_nodes',
  description:
    'Category (browse node) records by id: name, whether it is a root category, and its child and ancestor node ids. ' +
    'Unknown ids are left out of the result.',
  input: z.object({
    browse_node_ids: z.array(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<AmazonProductState>, args) => {
    if (args.browse_node_ids.length === 0) throw new ToolError('Browse node IDs must be a non-empty list');
    return {
      browse_nodes: args.browse_node_ids.flatMap((id) => (Object.hasOwn(state.browse_nodes, id) ? [state.browse_nodes[id]] : [])),
    };
  },
});

export const getDeals = defineTool({
  name: 'get_deals',
  description:
    'Every active deal: ASIN, title, deal price, list price, discount percent and end time. deal_types ' +
    '(e.g. "LightningDeals") is accepted but not used to filter: all deals are returned.',
  input: z.object({
    deal_types: z.array(z.string()).nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<AmazonProductState>) => ({ deals: state.deals }),
});
