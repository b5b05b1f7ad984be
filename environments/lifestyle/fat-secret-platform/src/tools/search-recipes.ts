import { anyInteger, containsText, hasEntry, pythonRepr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineFatSecretPlatformTool, type RecipeDetails } from '../scenario.js';

/**
 * Whether a recipe is over the calorie cap. Calories are free-form in a recipe's nutrition; the
 * reference compares them as Python would, so a number or a boolean compares and anything else
 * (text, null, a list) cannot be compared at all. A missing value counts as 0.
 */
function overCalories(recipe: RecipeDetails, cap: number): boolean {
  const nutrition = recipe.nutrition_per_serving;
  const calories = hasEntry(nutrition, 'calories') ? nutrition.calories : 0;
  if (typeof calories === 'boolean') return Number(calories) > cap;
  if (typeof calories === 'number') return calories > cap;
  throw new ToolError(
    `Recipe ${recipe.recipe_id} has calories ${pythonRepr(calories)}, not a number, so max_calories cannot filter it: leave max_calories out`,
  );
}

export const searchRecipes = defineFatSecretPlatformTool({
  name: 'search_recipes',
  description:
    'Recipes whose name contains query (any case), each with description, prep and cook time, servings, ' +
    'ingredients, directions and nutrition; max_calories drops recipes above that many calories per serving ' +
    '(0 means no cap). diet is accepted and does not filter. Returns {recipes: [...]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    query: z.string(),
    diet: z.string().nullable().default(null),
    max_calories: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.query) throw new ToolError('query must be a non-empty string: give part of a recipe name');
    const term = args.query.toLowerCase();
    const cap = args.max_calories;
    const recipes = [];
    for (const recipe of Object.values(state.recipes)) {
      if (!containsText(recipe.recipe_name.toLowerCase(), term)) continue;
      if (cap && overCalories(recipe, cap)) continue;
      // Listings carry a fixed 4.5 rating and times as "N min", as the reference's do.
      recipes.push({
        recipe_id: recipe.recipe_id,
        recipe_name: recipe.recipe_name,
        recipe_description: recipe.recipe_description,
        prep_time: `${recipe.prep_time_minutes} min`,
        cook_time: `${recipe.cook_time_minutes} min`,
        servings: recipe.servings,
        rating: 4.5,
        images: recipe.images,
        ingredients: recipe.ingredients,
        directions: recipe.directions,
        nutrition_per_serving: recipe.nutrition_per_serving,
      });
    }
    return { recipes };
  },
});
