import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { mapsDirections } from './tools/directions.js';
import { mapsDistanceMatrix } from './tools/distance-matrix.js';
import { mapsElevation } from './tools/elevation.js';
import { mapsGeocode } from './tools/geocode.js';
import { mapsPlaceDetails } from './tools/place-details.js';
import { mapsReverseGeocode } from './tools/reverse-geocode.js';

export const maps = defineEnvironment({
  name: 'Maps',
  domain: 'utilities',
  version: '0.1.0',
  description:
    'An offline map: geocode city names, describe coordinates by the nearest city, look up places by id, measure ' +
    'great-circle distances, read elevations and get a schematic route between two points.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [mapsGeocode, mapsReverseGeocode, mapsPlaceDetails, mapsDistanceMatrix, mapsElevation, mapsDirections],
});

export default maps;
export { scenarioSchema };
export type { MapsState, Place } from './scenario.js';
