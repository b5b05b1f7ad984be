import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { WeatherState } from '../scenario.js';

export const searchLocation = defineTool({
  name: 'search_location',
  description:
    'Look up a city by its exact name as listed in the city database (case-sensitive, e.g. "New York") and get its ' +
    'coordinates, population and country. Returns an empty object for a city that is not listed.',
  input: z.object({ city: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<WeatherState>, args) => {
    if (!args.city) throw new ToolError('City must be a non-empty string');
    if (!Object.hasOwn(state.city_database, args.city)) return {};
    const found = state.city_database[args.city];
    if (!found) return {};
    return {
      location: { latitude: found.latitude, longitude: found.longitude },
      population: found.population,
      country: found.country,
    };
  },
});
