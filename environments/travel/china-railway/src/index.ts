import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getStationByCode } from './tools/get-station-by-code.js';
import { getStationCodeByName } from './tools/get-station-code-by-name.js';
import { getStationsCodeInCity } from './tools/get-stations-code-in-city.js';
import { getTickets } from './tools/get-tickets.js';
import { getTrainRouteStations } from './tools/get-train-route-stations.js';

export const chinaRailway = defineEnvironment({
  name: 'ChinaRailway',
  domain: 'travel',
  version: '0.1.0',
  description:
    "China Railway (12306) timetable: find station codes by city or name, read a station's address and phone, list the trains and seats between two stations on a date, and read a train's stops.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getStationsCodeInCity, getStationCodeByName, getStationByCode, getTickets, getTrainRouteStations],
});

export default chinaRailway;
export { scenarioSchema };
export type { ChinaRailwayState } from './scenario.js';
