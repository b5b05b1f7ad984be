import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineHowToCookTool } from '../scenario.js';
import { recipeDetails } from './recipe-view.js';

export const getRecipeDetails = defineHowToCookTool({
  name: 'get_recipe_details',
  description:
    'The full recipe stored under recipe_id: {recipe_id, name, description, category, ingredients: [{name, ' +
    'amount}], steps, tips}. For an unknown id the answer is not a failure but {error, available_recipes} with ' +
    'every recipe id, so the right one can be picked.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    recipe_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const recipe = ownEntry(state.recipes, args.recipe_id);
    if (!recipe) return { error: `Recipe '${args.recipe_id}' not found`, available_recipes: Object.keys(state.recipes) };
    return recipeDetails(recipe);
  },
});
