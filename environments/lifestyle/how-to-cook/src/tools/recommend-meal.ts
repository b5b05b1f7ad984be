import { anyInteger, containsText } from '@envfleet/kit';
import { z } from 'zod';
import { defineHowToCookTool, type Recipe } from '../scenario.js';
import { drawRecipe } from './dish-draw.js';
import { recipeDetails } from './recipe-view.js';

/**
 * Whether any avoided item occurs, ignoring case, anywhere in the recipe's ingredient names joined
 * by spaces — a substring test, so "egg" also avoids "Eggs" and "" avoids every recipe.
 */
function containsAvoided(recipe: Recipe, avoided: readonly string[]): boolean {
  const names = recipe.ingredients.map((ingredient) => ingredient.name.toLowerCase()).join(' ');
  return avoided.some((item) => containsText(names, item.toLowerCase()));
}

export const recommendMeal = defineHowToCookTool({
  name: 'recommend_meal',
  description:
    'Recommends one recipe at random among those of `category` (when given) whose ingredients mention none of ' +
    '`avoid_items` (case-insensitive substring: "egg" rules out "Eggs"). When nothing qualifies, any recipe of the ' +
    'cookbook may be picked, whatever its category. Returns the full recipe {recipe_id, name, description, ' +
    'category, ingredients, steps, tips}; people_count does not change it. Fails when the cookbook is empty.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    people_count: anyInteger(),
    category: z.string().nullable().default(null),
    avoid_items: z.array(z.string()).nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args, ctx) => {
    const all = Object.values(state.recipes);
    const avoided = args.avoid_items ?? [];
    const fitting = all.filter((recipe) => (!args.category || recipe.category === args.category) && !containsAvoided(recipe, avoided));
    return recipeDetails(drawRecipe(state, fitting.length > 0 ? fitting : all, ctx));
  },
});
