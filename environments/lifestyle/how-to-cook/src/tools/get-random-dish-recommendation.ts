import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineHowToCookTool } from '../scenario.js';
import { drawRecipe } from './dish-draw.js';
import { recipeDetails } from './recipe-view.js';

export const getRandomDishRecommendation = defineHowToCookTool({
  name: 'get_random_dish_recommendation',
  description:
    'Picks one recipe of the cookbook at random and returns it in full: {recipe_id, name, description, category, ' +
    'ingredients: [{name, amount}], steps, tips}. people_count is accepted but does not change the pick or the ' +
    'amounts. In a scenario with a random_seed the pick is reproducible. Fails when the cookbook is empty.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    people_count: anyInteger(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, _args, ctx) => recipeDetails(drawRecipe(state, Object.values(state.recipes), ctx)),
});
