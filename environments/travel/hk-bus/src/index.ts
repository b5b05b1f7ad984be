import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { findBusesToDestination } from './tools/find-buses-to-destination.js';
import { findStopByName } from './tools/find-stop-by-name.js';
import { getAllRoutesAtStop } from './tools/get-all-routes-at-stop.js';
import { getBusEta } from './tools/get-bus-eta.js';
import { getNextBus } from './tools/get-next-bus.js';
import { getRouteStopsInfo } from './tools/get-route-stops-info.js';
import { searchRouteByStops } from './tools/search-route-by-stops.js';

export const hkBus = defineEnvironment({
  name: 'HKBus',
  domain: 'travel',
  version: '0.1.0',
  description:
    "Hong Kong buses: find stops by name, routes to a destination and routes between two stops, read a route's stops and the routes at a stop, and get the next arrivals of a route at a stop.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getNextBus, findBusesToDestination, getRouteStopsInfo, findStopByName, getAllRoutesAtStop, getBusEta, searchRouteByStops],
});

export default hkBus;
export { scenarioSchema };
export type { HKBusState } from './scenario.js';
