import { z } from 'zod';
import { defineHowToCookTool } from '../scenario.js';
import { recipeSummary } from './recipe-view.js';

export const listRecipesByCategory = defineHowToCookTool({
  name: 'list_recipes_by_category',
  description:
    'Recipes of one category (exact, case-sensitive name), or all recipes when category is empty or omitted: ' +
    '{recipes: [{recipe_id, name, description}]}. get_recipe_details gives the rest of a recipe.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    category: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const recipes = Object.values(state.recipes).filter((recipe) => !args.category || recipe.category === args.category);
    return { recipes: recipes.map(recipeSummary) };
  },
});
