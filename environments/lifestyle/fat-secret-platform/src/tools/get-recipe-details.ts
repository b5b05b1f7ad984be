import { z } from 'zod';
import { defineFatSecretPlatformTool } from '../scenario.js';
import { lookUp } from './lookup.js';

export const getRecipeDetails = defineFatSecretPlatformTool({
  name: 'get_recipe_details',
  description:
    "A recipe's full record by recipe id: description, prep and cook minutes, servings, difficulty, ingredients " +
    'with quantities, directions, nutrition per serving, categories and images. Fails for an unknown id.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    recipe_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) =>
    lookUp(state.recipes, args.recipe_id, 'recipe_id', `Recipe ${args.recipe_id} not found: find recipe ids with search_recipes`),
});
