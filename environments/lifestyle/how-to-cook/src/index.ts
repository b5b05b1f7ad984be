import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getRandomDishRecommendation } from './tools/get-random-dish-recommendation.js';
import { getRecipeDetails } from './tools/get-recipe-details.js';
import { listAllCategories } from './tools/list-all-categories.js';
import { listRecipesByCategory } from './tools/list-recipes-by-category.js';
import { recommendMeal } from './tools/recommend-meal.js';

export const howToCook = defineEnvironment({
  name: 'HowToCook',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    'A home cooking assistant: browse recipe categories and recipes, read a recipe in full, and get a random dish or a meal recommendation that avoids given ingredients.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getRecipeDetails, listAllCategories, listRecipesByCategory, recommendMeal, getRandomDishRecommendation],
});

export default howToCook;
export { scenarioSchema };
export type { HowToCookState } from './scenario.js';
