import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineFruityviceServerTool } from '../scenario.js';

export const getFruitNutrition = defineFruityviceServerTool({
  name: 'get_fruit_nutrition',
  description:
    "A fruit's nutrition per 100 g by name (any case): {name, nutritions: {calories, fat, sugar, carbohydrates, " +
    'protein}}. Fails for a fruit not in the table.',
  input: z.object({
    fruit_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.fruit_name) throw new ToolError('Fruit name must be a non-empty string');
    const entry = ownEntry(state.fruitNutritionMap, args.fruit_name.toLowerCase());
    if (!entry) throw new ToolError(`Fruit '${args.fruit_name}' not found`);
    const { calories, fat, sugar, carbohydrates, protein } = entry.nutritions;
    return { name: entry.name, nutritions: { calories, fat, sugar, carbohydrates, protein } };
  },
});
