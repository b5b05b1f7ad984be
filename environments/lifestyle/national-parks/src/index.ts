import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { findParks } from './tools/find-parks.js';
import { getAlerts } from './tools/get-alerts.js';
import { getCampgrounds } from './tools/get-campgrounds.js';
import { getParkDetails } from './tools/get-park-details.js';
import { getVisitorCenters } from './tools/get-visitor-centers.js';

export const nationalParks = defineEnvironment({
  name: 'NationalParks',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    'National Park Service data: search parks by state, text and activity, and read park details, alerts, campgrounds and visitor centers.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [findParks, getParkDetails, getAlerts, getCampgrounds, getVisitorCenters],
});

export default nationalParks;
export { scenarioSchema };
export type { NationalParksState } from './scenario.js';
