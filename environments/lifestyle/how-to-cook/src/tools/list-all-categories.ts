import { z } from 'zod';
import { defineHowToCookTool } from '../scenario.js';

export const listAllCategories = defineHowToCookTool({
  name: 'list_all_categories',
  description:
    "The cookbook's category list, as the scenario keeps it: {categories: [name]}. A category may have no " +
    'recipes yet, and recipes may carry a category the list does not name.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ categories: [...state.categories] }),
});
