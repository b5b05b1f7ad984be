import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { BestBuyState } from '../scenario.js';

export const getCategories = defineTool({
  name: 'get_categories',
  description:
    'The whole category tree: each category with its id, name, path from the root and subcategories. Category ' +
    'names are what search_products accepts as its category filter.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<BestBuyState>) => ({ categories: state.categories }),
});
