import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getFruitNutrition } from './tools/get-fruit-nutrition.js';
import { listFruits } from './tools/list-fruits.js';

export const fruityviceServer = defineEnvironment({
  name: 'FruityviceServer',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    "Fruityvice fruit data: list the fruits in the catalogue and look up a fruit's calories, fat, sugar, carbohydrates and protein per 100 g.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [listFruits, getFruitNutrition],
});

export default fruityviceServer;
export { scenarioSchema };
export type { FruityviceServerState } from './scenario.js';
