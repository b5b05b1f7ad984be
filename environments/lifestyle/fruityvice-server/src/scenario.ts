import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';
import { defaultNutrition } from './default-nutrition.js';

// The state: EnvFactory's FruityviceServer scenario: the fruits listed by list_fruits and the
// nutrition table looked up by lower-case name. {} loads no listed fruits and the reference's table
// of twenty fruits.

export const fruitSchema = z.object({
  name: z.string(),
});

export const nutritionInfoSchema = z.object({
  calories: z.number().min(0),
  fat: z.number().min(0),
  sugar: z.number().min(0),
  carbohydrates: z.number().min(0),
  protein: z.number().min(0),
});

export const fruitNutritionSchema = z.object({
  name: z.string(),
  nutritions: nutritionInfoSchema,
});

// The reference's FruityviceScenario.
export const scenarioSchema = z.object({
  fruits: z.array(fruitSchema).default(() => []),
  fruitNutritionMap: z.record(z.string(), fruitNutritionSchema).default(defaultNutrition),
});

export type FruityviceServerState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of FruityviceServerState. */
export const defineFruityviceServerTool = toolsFor<FruityviceServerState>();
