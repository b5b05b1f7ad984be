import { anyInteger, keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';
import { defaultCategories, defaultRecipes } from './default-world.js';

// The state: EnvFactory's HowToCook scenario — recipes by id, the category list, and the seed the
// random recommendations are drawn with. {} loads the reference's five-dish cookbook, unseeded.

export const ingredientSchema = z.object({
  name: z.string(),
  amount: z.string(),
});

export const recipeSchema = z.object({
  recipe_id: z.string().regex(/^[a-zA-Z0-9_-]+$/u, 'recipe_id may only contain letters, digits, "_" and "-"'),
  name: z.string(),
  description: z.string(),
  category: z.string(),
  ingredients: z.array(ingredientSchema).default(() => []),
  steps: z.array(z.string()).default(() => []),
  tips: z.array(z.string()).default(() => []),
});

// The reference's CookingScenario.
export const scenarioSchema = z
  .object({
    recipes: keyedRecord(recipeSchema).default(() => keyedRecord(recipeSchema).parse(defaultRecipes())),
    categories: z.array(z.string()).default(defaultCategories),
    random_seed: anyInteger().nullable().default(null),
    // Checked (1-10) when a scenario gives it, but not kept: the reference's saved scenario never
    // includes it, so EnvFactory's final states do not either, and no tool reads it.
    people_count: z.int().min(1).max(10).optional(),
  })
  .overwrite(({ people_count: _unused, ...kept }) => kept);

export type HowToCookState = z.output<typeof scenarioSchema>;
export type Recipe = z.output<typeof recipeSchema>;

/** defineTool for this environment: handlers receive a typed draft of HowToCookState. */
export const defineHowToCookTool = toolsFor<HowToCookState>();
