import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// A home cook's pantry in the database, foods keyed by id in ascending order (the order JavaScript
// keeps such keys in). Edges worth trying: "apple" finds three foods (Apple Pie, Apple, Pineapple)
// and "APPLE" the same; calories stored as whole numbers still read as
// "95.0"; a food with only the required nutrients; a barcode with a leading zero; a recipe at
// exactly 450 calories (kept under a cap of 450), one with no calories (counts as 0); a blurry
// photo with low confidence and suggestions.
const nutrients = (calories: number, protein: number, carbs: number, fat: number, extra: object = {}) => ({
  calories,
  protein,
  carbs,
  fat,
  ...extra,
});
const flags = (is_vegan: boolean, is_vegetarian: boolean, is_gluten_free: boolean) => ({ is_vegan, is_vegetarian, is_gluten_free });
const serving = (serving_description: string, metric_serving_amount: number, metric_serving_unit: string) => ({
  serving_description,
  metric_serving_amount,
  metric_serving_unit,
});
const ingredient = (quantity: number, unit: string, food: string) => ({ quantity, unit, food });

export const demo: z.input<typeof scenarioSchema> = {
  foods: {
    '1641': {
      food_id: '1641',
      food_name: 'Chicken Breast (Skinless, Roasted)',
      servings: [serving('100 g', 100, 'g')],
      nutrition: nutrients(165, 31, 0, 3.6, { sodium: 74, cholesterol: 85 }),
      dietary_preferences: flags(false, false, true),
    },
    '4881': {
      food_id: '4881',
      food_name: 'Apple Pie',
      servings: [serving('1 slice (1/8 of 9" pie)', 125, 'g')],
      nutrition: nutrients(296, 2.4, 42.5, 13.8, { sugar: 19.6, sodium: 249, allergens: ['wheat', 'milk', 'eggs'] }),
      dietary_preferences: flags(false, true, false),
    },
    '33814': {
      food_id: '33814',
      food_name: 'Greek Yogurt (Plain, Nonfat)',
      nutrition: nutrients(59, 10.2, 3.6, 0.4),
      dietary_preferences: flags(false, true, true),
    },
    '35718': {
      food_id: '35718',
      food_name: 'Apple',
      servings: [serving('1 medium (3" dia)', 182, 'g'), serving('1 cup, sliced', 109, 'g')],
      nutrition: nutrients(95, 0.5, 25, 0.3, { fiber: 4.4, sugar: 19, sodium: 2, cholesterol: 0, vitamins: { vitamin_c_mg: 8.4 } }),
      dietary_preferences: flags(true, true, true),
      images: ['https://images.example-nutrition.com/apple.jpg'],
    },
    '36421': {
      food_id: '36421',
      food_name: 'Pineapple',
      servings: [serving('1 cup, chunks', 165, 'g')],
      nutrition: nutrients(82.5, 0.9, 21.6, 0.2, { fiber: 2.3, sugar: 16.3, sodium: 2 }),
      dietary_preferences: flags(true, true, true),
    },
    '38838': {
      food_id: '38838',
      food_name: 'Rolled Oats',
      servings: [serving('1/2 cup dry', 40, 'g')],
      nutrition: nutrients(150, 5, 27, 2.5, { fiber: 4, allergens: ['may contain wheat'] }),
      dietary_preferences: flags(true, true, false),
    },
  },
  barcode_lookup: {
    '016000275287': {
      food_id: '38838',
      food_name: 'Old Fashioned Rolled Oats',
      brand: 'Prairie Mills',
      package_size: '18 oz (510 g)',
      nutrition_per_serving: { serving: '1/2 cup (40 g)', calories: 150, protein_g: 5, fiber_g: 4 },
      ingredients: '100% whole grain rolled oats.',
      allergen_info: 'Processed in a facility that also handles wheat.',
      country: 'US',
    },
    '5010029000061': {
      food_id: '90210',
      food_name: 'Wholegrain Wheat Biscuits',
      brand: 'Northfield',
      package_size: '24 biscuits (450 g)',
      nutrition_per_serving: { serving: '2 biscuits (37.5 g)', calories: 136, protein_g: 4.5 },
      ingredients: 'Wholegrain wheat (95%), malted barley extract, sugar, salt, niacin, iron.',
      allergen_info: 'Contains wheat and barley (gluten).',
      country: 'GB',
    },
    '4011800562611': {
      food_id: '90311',
      food_name: 'Dark Chocolate 70%',
      brand: 'Schwarzwald Kakao',
      package_size: '100 g',
      ingredients: 'Cocoa mass, sugar, cocoa butter, emulsifier (soy lecithin), vanilla extract.',
      allergen_info: 'Contains soy. May contain milk and hazelnuts.',
      country: 'DE',
    },
  },
  recipes: {
    r_overnight_oats: {
      recipe_id: 'r_overnight_oats',
      recipe_name: 'Apple Cinnamon Overnight Oats',
      recipe_description: 'No-cook breakfast oats soaked with yogurt, grated apple and cinnamon.',
      prep_time_minutes: 10,
      cook_time_minutes: 0,
      servings: 2,
      difficulty: 'Easy',
      ingredients: [ingredient(1, 'cup', 'Rolled Oats'), ingredient(0.75, 'cup', 'Greek Yogurt'), ingredient(1, 'whole', 'Apple')],
      directions: ['Grate the apple.', 'Stir everything together in a jar.', 'Refrigerate overnight; eat cold.'],
      nutrition_per_serving: { calories: 320, protein: 17, carbs: 52, fat: 4 },
      categories: ['breakfast', 'vegetarian', 'make-ahead'],
    },
    r_chicken_traybake: {
      recipe_id: 'r_chicken_traybake',
      recipe_name: 'Lemon Chicken Traybake',
      recipe_description: 'Chicken breasts roasted on one tray with potatoes, lemon and thyme.',
      prep_time_minutes: 15,
      cook_time_minutes: 40,
      servings: 4,
      difficulty: 'Easy',
      ingredients: [ingredient(4, 'piece', 'Chicken Breast'), ingredient(600, 'g', 'Baby Potatoes'), ingredient(1, 'whole', 'Lemon')],
      directions: ['Heat the oven to 200°C.', 'Toss everything with oil and salt.', 'Roast for 40 minutes.'],
      nutrition_per_serving: { calories: 450, protein: 42, carbs: 35, fat: 14 },
      categories: ['dinner', 'gluten-free'],
      images: ['https://images.example-nutrition.com/traybake.jpg'],
    },
    r_apple_pie: {
      recipe_id: 'r_apple_pie',
      recipe_name: 'Classic Apple Pie',
      recipe_description: 'Double-crust pie with spiced apples.',
      prep_time_minutes: 45,
      cook_time_minutes: 55,
      servings: 8,
      difficulty: 'Medium',
      ingredients: [ingredient(6, 'whole', 'Apple'), ingredient(2.5, 'cup', 'Flour'), ingredient(0.5, 'cup', 'Sugar')],
      directions: ['Make and chill the pastry.', 'Fill with sliced, spiced apples.', 'Bake until golden.'],
      nutrition_per_serving: { calories: 410.5, protein: 3.5, carbs: 58, fat: 19 },
      categories: ['dessert', 'baking'],
    },
    r_green_smoothie: {
      recipe_id: 'r_green_smoothie',
      recipe_name: 'Pineapple Green Smoothie',
      recipe_description: 'Spinach, pineapple and banana blended with water.',
      prep_time_minutes: 5,
      cook_time_minutes: 0,
      servings: 1,
      difficulty: 'Easy',
      ingredients: [ingredient(1, 'cup', 'Pineapple'), ingredient(1, 'cup', 'Spinach'), ingredient(1, 'whole', 'Banana')],
      directions: ['Blend until smooth.'],
      nutrition_per_serving: { protein: 3 },
      categories: ['vegan', 'drink'],
    },
  },
  image_analysis_results: {
    '/photos/lunch_2025-06-02.jpg': {
      detected_foods: ['Chicken Breast', 'Baby Potatoes', 'Lemon'],
      estimated_weight_g: 420,
      confidence: 0.91,
      nutrition_estimate: { calories: 470, protein: 44, carbs: 36, fat: 15 },
    },
    '/photos/breakfast_blurry.jpg': {
      detected_foods: ['Oatmeal'],
      estimated_weight_g: 250,
      confidence: 0.38,
      nutrition_estimate: { calories: 300 },
      suggestions: ['Overnight Oats', 'Rice Pudding', 'Greek Yogurt'],
    },
  },
};
