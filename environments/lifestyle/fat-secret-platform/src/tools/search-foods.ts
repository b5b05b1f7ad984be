import { containsText, pythonFloatRepr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineFatSecretPlatformTool } from '../scenario.js';

export const searchFoods = defineFatSecretPlatformTool({
  name: 'search_foods',
  description:
    'Foods whose name contains query (any case), each as a short listing: id, name, type, page URL and calories per ' +
    'serving. region and language are accepted and do not change the results. Returns {foods: [...]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    query: z.string(),
    region: z.string().default('US'),
    language: z.string().default('en'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.query) throw new ToolError('query must be a non-empty string: give part of a food name');
    const term = args.query.toLowerCase();
    const foods = [];
    for (const [key, food] of Object.entries(state.foods)) {
      if (!containsText(food.food_name.toLowerCase(), term)) continue;
      // The database lists every food as generic and unbranded; the page URL uses the food's key.
      foods.push({
        food_id: food.food_id,
        food_name: food.food_name,
        food_type: 'Generic',
        brand_name: null,
        food_url: `https://fatsecret.com/food/${key}`,
        food_description: `Per serving: ${pythonFloatRepr(food.nutrition.calories)} calories`,
      });
    }
    return { foods };
  },
});
