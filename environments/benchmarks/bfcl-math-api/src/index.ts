import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import {
  absolute_value,
  add,
  divide,
  logarithm,
  multiply,
  percentage,
  power,
  round_number,
  square_root,
  subtract,
} from './tools/arithmetic.js';
import { max_value, mean, min_value, standard_deviation, sum_values } from './tools/statistics.js';
import { imperial_si_conversion, si_unit_conversion } from './tools/units.js';

export const bfclMathApi = defineEnvironment({
  name: 'BfclMathAPI',
  domain: 'benchmarks',
  version: '0.1.0',
  description:
    "BFCL v4 multi-turn's MathAPI under BFCL's own tool and argument names: arithmetic, rounding, roots and logarithms at a chosen precision, " +
    'statistics over lists, and metric and imperial unit conversions. Stateless, as in BFCL.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    logarithm,
    mean,
    standard_deviation,
    si_unit_conversion,
    imperial_si_conversion,
    add,
    subtract,
    multiply,
    divide,
    power,
    square_root,
    absolute_value,
    round_number,
    percentage,
    min_value,
    max_value,
    sum_values,
  ],
});

export default bfclMathApi;
export { scenarioSchema };
export type { BfclMathApiState } from './scenario.js';
