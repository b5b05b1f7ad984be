import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { cancelOrder } from './tools/cancel-order.js';
import { createOrder } from './tools/create-order.js';
import { estimatePrice } from './tools/estimate-price.js';
import { listOrders } from './tools/list-orders.js';
import { queryOrder } from './tools/query-order.js';

export const uuPaoTui = defineEnvironment({
  name: 'UUPaoTui',
  domain: 'travel',
  version: '0.1.0',
  description:
    'UU跑腿 errand delivery: quote a delivery between two addresses in a city, place the order with the quote, list and look up orders, and cancel one (with a deduction while it is still open).',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [estimatePrice, createOrder, listOrders, queryOrder, cancelOrder],
});

export default uuPaoTui;
export { scenarioSchema };
export type { UUPaoTuiState } from './scenario.js';
