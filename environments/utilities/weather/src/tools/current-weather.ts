import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import { coordinateKey } from '../coordinates.js';
import type { WeatherState } from '../scenario.js';

export const getCurrentWeather = defineTool({
  name: 'get_current_weather',
  description:
    'Current conditions at a coordinate: temperature (°C), relative humidity (%), wind speed (km/h) and ' +
    'direction (degrees), pressure (hPa). Coordinates are matched to 4 decimal places (use search_location ' +
    "to get a city's coordinates). Returns an empty object when there is no observation for that point.",
  input: z.object({
    latitude: z.number(),
    longitude: z.number(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<WeatherState>, args) => {
    const weather = state.current_weather[coordinateKey(args.latitude, args.longitude)];
    if (!weather) return {};
    return {
      temperature: weather.temperature,
      humidity: weather.humidity,
      wind: { speed: weather.wind.speed, direction: weather.wind.direction },
      pressure: weather.pressure,
    };
  },
});
