import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getCarBrands } from './tools/get-car-brands.js';
import { getVehiclesByType } from './tools/get-vehicles-by-type.js';
import { searchCarPrice } from './tools/search-car-price.js';

export const carPrice = defineEnvironment({
  name: 'CarPrice',
  domain: 'commerce',
  version: '0.1.0',
  description:
    'A FIPE-style vehicle price table (prices in Brazilian reais): list brands, look up the models and current ' +
    'market prices of a brand, and find the brands selling cars, motorcycles or trucks.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getCarBrands, searchCarPrice, getVehiclesByType],
});

export default carPrice;
export { scenarioSchema };
export type { Brand, CarPriceState, Vehicle } from './scenario.js';
