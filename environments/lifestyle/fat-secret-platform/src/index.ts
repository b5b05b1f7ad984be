import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { analyzeFoodImage } from './tools/analyze-food-image.js';
import { getFoodDetails } from './tools/get-food-details.js';
import { getRecipeDetails } from './tools/get-recipe-details.js';
import { searchByBarcode } from './tools/search-by-barcode.js';
import { searchFoods } from './tools/search-foods.js';
import { searchRecipes } from './tools/search-recipes.js';

export const fatSecretPlatform = defineEnvironment({
  name: 'FatSecretPlatform',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    'A nutrition database: search foods and recipes, read nutrition facts and recipe details, look up packaged products by barcode and read food photo analyses.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [searchFoods, getFoodDetails, searchByBarcode, analyzeFoodImage, searchRecipes, getRecipeDetails],
});

export default fatSecretPlatform;
export { scenarioSchema };
export type { FatSecretPlatformState } from './scenario.js';
