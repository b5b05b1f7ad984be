import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { estimatePrice, estimateTime } from './tools/estimates.js';
import { queryTrace } from './tools/query-trace.js';

export const kuaidi100 = defineEnvironment({
  name: 'Kuaidi100',
  domain: 'utilities',
  version: '0.1.0',
  description:
    'Kuaidi100-style parcel service for China: track a parcel by number, estimate delivery time and shipping ' +
    'price between two addresses for a courier and service level.',
  scenario: scenarioSchema,
  presets: { demo },
  // current_time is a wall-clock time in China; it carries no zone and is treated as-is.
  clock: (state) => `${state.current_time}Z`,
  tools: [queryTrace, estimateTime, estimatePrice],
});

export default kuaidi100;
export { scenarioSchema };
export type { Kuaidi100State } from './scenario.js';
