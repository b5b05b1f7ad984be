import { defaultNull, defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { EbayState } from '../scenario.js';

export const getCategories = defineTool({
  name: 'get_categories',
  description:
    'The category taxonomy: every category with its id, name, parent_id (null at the top) and level. The ' +
    'marketplace has one taxonomy, so marketplace_id (e.g. EBAY_US) does not change the answer.',
  input: z.object({ marketplace_id: defaultNull(z.string()) }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<EbayState>) => ({ categories: Object.values(state.categories) }),
});
