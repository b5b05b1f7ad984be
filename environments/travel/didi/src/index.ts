import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getCurrentLocation } from './tools/get-current-location.js';
import { mapsDirection } from './tools/maps-direction.js';
import { mapsPlaceAround } from './tools/maps-place-around.js';
import { mapsRegeocode } from './tools/maps-regeocode.js';
import { taxiCancelOrder } from './tools/taxi-cancel-order.js';
import { taxiCreateOrder } from './tools/taxi-create-order.js';
import { taxiEstimate } from './tools/taxi-estimate.js';
import { taxiGenerateRideAppLink } from './tools/taxi-generate-ride-app-link.js';
import { taxiGetDriverLocation } from './tools/taxi-get-driver-location.js';
import { taxiQueryOrder } from './tools/taxi-query-order.js';

export const didi = defineEnvironment({
  name: 'Didi',
  domain: 'travel',
  version: '0.1.0',
  description:
    'Didi ride-hailing with maps: find the current position, plan routes, search nearby places, reverse-geocode points, quote and book rides, track, look up and cancel orders.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    getCurrentLocation,
    mapsDirection,
    mapsPlaceAround,
    mapsRegeocode,
    taxiEstimate,
    taxiCreateOrder,
    taxiQueryOrder,
    taxiCancelOrder,
    taxiGetDriverLocation,
    taxiGenerateRideAppLink,
  ],
});

export default didi;
export { scenarioSchema };
export type { DidiState } from './scenario.js';
