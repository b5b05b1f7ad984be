import { keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's FatSecretPlatform scenario: the food database by food id, packaged
// products by barcode, recipes by recipe id, and finished photo analyses by image path (the
// reference's stand-in for its image model). {} is an empty database, as in the reference.
//
// Records are its pydantic models: unknown fields are dropped and defaults filled in at load, as
// its model_dump() saves them.
export const nutritionSchema = z.object({
  calories: z.number().min(0),
  protein: z.number().min(0),
  carbs: z.number().min(0),
  fat: z.number().min(0),
  fiber: z.number().min(0).nullable().default(null),
  sugar: z.number().min(0).nullable().default(null),
  sodium: z.number().min(0).nullable().default(null),
  cholesterol: z.number().min(0).nullable().default(null),
  vitamins: keyedRecord(z.unknown()).default(() => ({})),
  allergens: z.array(z.string()).default(() => []),
});

export const dietaryPreferencesSchema = z.object({
  is_vegan: z.boolean().default(false),
  is_vegetarian: z.boolean().default(false),
  is_gluten_free: z.boolean().default(false),
});

export const foodDetailsSchema = z.object({
  food_id: z.string(),
  food_name: z.string(),
  servings: z.array(keyedRecord(z.unknown())).default(() => []),
  nutrition: nutritionSchema,
  dietary_preferences: dietaryPreferencesSchema,
  images: z.array(z.string()).default(() => []),
});

export const barcodeResultSchema = z.object({
  food_id: z.string(),
  food_name: z.string(),
  brand: z.string(),
  package_size: z.string(),
  nutrition_per_serving: keyedRecord(z.unknown()).default(() => ({})),
  ingredients: z.string(),
  allergen_info: z.string(),
  country: z.string(),
});

export const imageAnalysisSchema = z.object({
  detected_foods: z.array(z.string()),
  estimated_weight_g: z.number().min(0),
  confidence: z.number().min(0).max(1),
  nutrition_estimate: keyedRecord(z.unknown()).default(() => ({})),
  suggestions: z.array(z.string()).default(() => []),
});

export const ingredientSchema = z.object({
  quantity: z.number().min(0),
  unit: z.string(),
  food: z.string(),
});

export const recipeDetailsSchema = z.object({
  recipe_id: z.string(),
  recipe_name: z.string(),
  recipe_description: z.string(),
  prep_time_minutes: z.int().min(0),
  cook_time_minutes: z.int().min(0),
  servings: z.int().min(1),
  difficulty: z.string(),
  ingredients: z.array(ingredientSchema),
  directions: z.array(z.string()),
  nutrition_per_serving: keyedRecord(z.unknown()),
  categories: z.array(z.string()).default(() => []),
  images: z.array(z.string()).default(() => []),
});

// The reference's FatSecretScenario.
export const scenarioSchema = z.object({
  foods: keyedRecord(foodDetailsSchema).default(() => ({})),
  barcode_lookup: keyedRecord(barcodeResultSchema).default(() => ({})),
  recipes: keyedRecord(recipeDetailsSchema).default(() => ({})),
  image_analysis_results: keyedRecord(imageAnalysisSchema).default(() => ({})),
});

export type FoodDetails = z.output<typeof foodDetailsSchema>;
export type RecipeDetails = z.output<typeof recipeDetailsSchema>;

export type FatSecretPlatformState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of FatSecretPlatformState. */
export const defineFatSecretPlatformTool = toolsFor<FatSecretPlatformState>();
