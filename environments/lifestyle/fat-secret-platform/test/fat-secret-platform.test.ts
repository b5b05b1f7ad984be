import { describe, expect, it } from 'vitest';
import { fatSecretPlatform as fs } from '../src/index.js';

type Foods = { foods: { food_id: string; food_name: string; food_url: string; food_description: string }[] };
type Recipes = { recipes: Record<string, unknown>[] };

const demo = () => fs.loadPreset('demo');
const recipeIds = (args: Record<string, unknown>, start = demo()) =>
  (fs.call(start, 'search_recipes', args).content as Recipes).recipes.map((recipe) => recipe.recipe_id);

function expectFailure(start: ReturnType<typeof demo>, name: string, args: Record<string, unknown>, message: RegExp) {
  const outcome = fs.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

const recipe = (recipe_id: string, nutrition_per_serving: Record<string, unknown>) => ({
  recipe_id,
  recipe_name: `Soup ${recipe_id}`,
  recipe_description: 'A soup.',
  prep_time_minutes: 5,
  cook_time_minutes: 20,
  servings: 2,
  difficulty: 'Easy',
  ingredients: [{ quantity: 1, unit: 'l', food: 'Stock' }],
  directions: ['Simmer.'],
  nutrition_per_serving,
});

describe('FatSecretPlatform', () => {
  it('loads an empty database from {}, as the reference does, and the demo preset', () => {
    expect(fs.load({})).toEqual({ foods: {}, barcode_lookup: {}, recipes: {}, image_analysis_results: {} });
    expect(Object.keys(demo().foods)).toHaveLength(6);
  });

  it('searches foods by name in any case, listing calories as a Python float', () => {
    const found = fs.call(demo(), 'search_foods', { query: 'APPLE', region: 'GB', language: 'fr' }).content as Foods;
    expect(found.foods.map((food) => food.food_name)).toEqual(['Apple Pie', 'Apple', 'Pineapple']);
    expect(found.foods[1]).toEqual({
      food_id: '35718',
      food_name: 'Apple',
      food_type: 'Generic',
      brand_name: null,
      food_url: 'https://fatsecret.com/food/35718',
      food_description: 'Per serving: 95.0 calories',
    });
    expect(found.foods[2]?.food_description).toBe('Per serving: 82.5 calories');
    expect(fs.call(demo(), 'search_foods', { query: 'tofu' }).content).toEqual({ foods: [] });
  });

  it('builds a food’s page URL from its key, and writes huge and tiny calories as Python does', () => {
    const nutrition = (calories: number) => ({ calories, protein: 0, carbs: 0, fat: 0 });
    const world = fs.load({
      foods: {
        key1: { food_id: 'id1', food_name: 'Big', nutrition: nutrition(1e16), dietary_preferences: {} },
        key2: { food_id: 'id2', food_name: 'Bit', nutrition: nutrition(1e-7), dietary_preferences: {} },
      },
    });
    const found = fs.call(world, 'search_foods', { query: 'b' }).content as Foods;
    expect(found.foods.map((food) => [food.food_id, food.food_url, food.food_description])).toEqual([
      ['id1', 'https://fatsecret.com/food/key1', 'Per serving: 1e+16 calories'],
      ['id2', 'https://fatsecret.com/food/key2', 'Per serving: 1e-07 calories'],
    ]);
  });

  it('reads a food’s details with every nutrient, defaults filled in', () => {
    expect(fs.call(demo(), 'get_food_details', { food_id: '33814' }).content).toEqual({
      food_id: '33814',
      food_name: 'Greek Yogurt (Plain, Nonfat)',
      servings: [],
      nutrition: {
        calories: 59,
        protein: 10.2,
        carbs: 3.6,
        fat: 0.4,
        fiber: null,
        sugar: null,
        sodium: null,
        cholesterol: null,
        vitamins: {},
        allergens: [],
      },
      dietary_preferences: { is_vegan: false, is_vegetarian: true, is_gluten_free: true },
      images: [],
    });
  });

  it('looks up a barcode by its exact digits', () => {
    expect(fs.call(demo(), 'search_by_barcode', { barcode: '016000275287' }).content).toMatchObject({
      food_name: 'Old Fashioned Rolled Oats',
      brand: 'Prairie Mills',
      country: 'US',
    });
    expect(fs.call(demo(), 'search_by_barcode', { barcode: '4011800562611' }).content).toMatchObject({ nutrition_per_serving: {} });
    expectFailure(demo(), 'search_by_barcode', { barcode: '16000275287' }, /Barcode 16000275287 not found/);
  });

  it('reads a photo’s analysis by its exact path', () => {
    expect(fs.call(demo(), 'analyze_food_image', { image_path: '/photos/breakfast_blurry.jpg' }).content).toEqual({
      detected_foods: ['Oatmeal'],
      estimated_weight_g: 250,
      confidence: 0.38,
      nutrition_estimate: { calories: 300 },
      suggestions: ['Overnight Oats', 'Rice Pudding', 'Greek Yogurt'],
    });
    expectFailure(
      demo(),
      'analyze_food_image',
      { image_path: 'breakfast_blurry.jpg' },
      /Image analysis for breakfast_blurry.jpg not found/,
    );
  });

  it('searches recipes with listing times, a fixed 4.5 rating and a calorie cap', () => {
    const [oats] = (fs.call(demo(), 'search_recipes', { query: 'oats' }).content as Recipes).recipes;
    expect(oats).toMatchObject({ recipe_id: 'r_overnight_oats', prep_time: '10 min', cook_time: '0 min', servings: 2, rating: 4.5 });
    expect(oats?.ingredients).toEqual([
      { quantity: 1, unit: 'cup', food: 'Rolled Oats' },
      { quantity: 0.75, unit: 'cup', food: 'Greek Yogurt' },
      { quantity: 1, unit: 'whole', food: 'Apple' },
    ]);
    // At the cap is kept; a recipe without calories counts as 0; 0 means no cap; diet does not filter.
    expect(recipeIds({ query: 'e', max_calories: 450 })).toEqual([
      'r_overnight_oats',
      'r_chicken_traybake',
      'r_apple_pie',
      'r_green_smoothie',
    ]);
    expect(recipeIds({ query: 'e', max_calories: 449 })).toEqual(['r_overnight_oats', 'r_apple_pie', 'r_green_smoothie']);
    expect(recipeIds({ query: 'e', max_calories: '400' })).toEqual(['r_overnight_oats', 'r_green_smoothie']);
    expect(recipeIds({ query: 'e', max_calories: 0, diet: 'keto' })).toHaveLength(4);
    expect(recipeIds({ query: 'e', max_calories: -1 })).toEqual([]);
  });

  it('compares calories as Python would: booleans count as numbers, text cannot be capped', () => {
    const world = fs.load({ recipes: { t: recipe('t', { calories: true }), n: recipe('n', { calories: null }) } });
    expect(recipeIds({ query: 'soup t', max_calories: 1 }, world)).toEqual(['t']);
    expect(recipeIds({ query: 'soup n' }, world)).toEqual(['n']);
    expectFailure(world, 'search_recipes', { query: 'soup n', max_calories: 1 }, /Recipe n has calories None, not a number/);
    const text = fs.load({ recipes: { x: recipe('x', { calories: 'lots' }) } });
    expectFailure(text, 'search_recipes', { query: 'soup', max_calories: 10 }, /calories 'lots'/);
  });

  it('reads a recipe’s details', () => {
    expect(fs.call(demo(), 'get_recipe_details', { recipe_id: 'r_apple_pie' }).content).toMatchObject({
      recipe_name: 'Classic Apple Pie',
      prep_time_minutes: 45,
      cook_time_minutes: 55,
      difficulty: 'Medium',
      nutrition_per_serving: { calories: 410.5, protein: 3.5, carbs: 58, fat: 19 },
      categories: ['dessert', 'baking'],
      images: [],
    });
  });

  it('refuses empty queries and ids, and unknown ids, changing nothing', () => {
    expectFailure(demo(), 'search_foods', { query: '' }, /query must be a non-empty string/);
    expectFailure(demo(), 'search_recipes', { query: '' }, /query must be a non-empty string/);
    expectFailure(demo(), 'get_food_details', { food_id: '' }, /food_id must be a non-empty string/);
    expectFailure(demo(), 'get_food_details', { food_id: 'constructor' }, /Food constructor not found/);
    expectFailure(demo(), 'get_recipe_details', { recipe_id: '' }, /recipe_id must be a non-empty string/);
    expectFailure(demo(), 'get_recipe_details', { recipe_id: 'r_lasagne' }, /Recipe r_lasagne not found/);
    expectFailure(demo(), 'search_by_barcode', { barcode: '' }, /barcode must be a non-empty string/);
    expectFailure(demo(), 'analyze_food_image', { image_path: '' }, /image_path must be a non-empty string/);
  });
});
