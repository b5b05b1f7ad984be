import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getAlerts } from './tools/alerts.js';
import { getCurrentWeather } from './tools/current-weather.js';
import { getForecast } from './tools/forecast.js';
import { getHistoricalWeather } from './tools/historical-weather.js';
import { getSavedLocation, listSavedLocations, removeSavedLocation, saveLocation } from './tools/saved-locations.js';
import { searchLocation } from './tools/search-location.js';

export const weather = defineEnvironment({
  name: 'Weather',
  domain: 'utilities',
  version: '0.1.0',
  description:
    "A weather service over stored data: look up a city's coordinates, then read current conditions, the forecast, " +
    'alerts and past observations for that point; save, list, read and remove named locations.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    getForecast,
    getCurrentWeather,
    searchLocation,
    getAlerts,
    getHistoricalWeather,
    saveLocation,
    listSavedLocations,
    getSavedLocation,
    removeSavedLocation,
  ],
});

export default weather;
export { scenarioSchema };
export type { SavedLocation, WeatherState } from './scenario.js';
