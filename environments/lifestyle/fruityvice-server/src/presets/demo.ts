import type { z } from 'zod';
import { defaultNutrition } from '../default-nutrition.js';
import type { scenarioSchema } from '../scenario.js';

// A greengrocer's list: twelve fruits on sale (one, durian, has no nutrition entry yet, so looking it
// up fails), the reference's table plus two tropical fruits.
export const demo: z.input<typeof scenarioSchema> = {
  fruits: ['apple', 'banana', 'orange', 'mango', 'kiwi', 'avocado', 'dragonfruit', 'lychee', 'durian', 'blueberry', 'lemon', 'coconut'].map(
    (name) => ({ name }),
  ),
  fruitNutritionMap: {
    ...defaultNutrition(),
    dragonfruit: { name: 'dragonfruit', nutritions: { calories: 60, fat: 0.0, sugar: 8.0, carbohydrates: 13.0, protein: 1.2 } },
    lychee: { name: 'lychee', nutritions: { calories: 66, fat: 0.4, sugar: 15.2, carbohydrates: 16.5, protein: 0.8 } },
  },
};
