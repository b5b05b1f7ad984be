import { z } from 'zod';
import { defineFatSecretPlatformTool } from '../scenario.js';
import { lookUp } from './lookup.js';

export const getFoodDetails = defineFatSecretPlatformTool({
  name: 'get_food_details',
  description:
    "A food's full record by food id: servings, nutrition (calories, macros, optional fiber, sugar, sodium, " +
    'cholesterol, vitamins, allergens), vegan/vegetarian/gluten-free flags and images. Fails for an unknown id.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    food_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const food = lookUp(state.foods, args.food_id, 'food_id', `Food ${args.food_id} not found: find food ids with search_foods`);
    return {
      food_id: food.food_id,
      food_name: food.food_name,
      servings: food.servings,
      nutrition: food.nutrition,
      dietary_preferences: food.dietary_preferences,
      images: food.images,
    };
  },
});
