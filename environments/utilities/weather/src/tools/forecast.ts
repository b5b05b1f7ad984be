import { defineTool, type Draft, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { coordinateKey } from '../coordinates.js';
import type { WeatherState } from '../scenario.js';

export const getForecast = defineTool({
  name: 'get_forecast',
  description:
    'The forecast stored for a coordinate (matched to 4 decimal places): temperature (°C), precipitation chance (%) ' +
    'and amount (mm), wind speed (km/h), humidity (%), a conditions summary and the time the forecast was issued. ' +
    'Each point has one forecast, so `days` does not change the answer. Returns an empty object when no forecast exists.',
  input: z.object({
    latitude: z.number(),
    longitude: z.number(),
    // Part of the published interface; a point holds a single forecast, so it selects nothing.
    days: anyInteger().default(3),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<WeatherState>, args) => {
    const forecast = state.forecasts[coordinateKey(args.latitude, args.longitude)];
    if (!forecast) return {};
    return {
      temperature: forecast.temperature,
      precipitation: { chance: forecast.precipitation.chance, amount: forecast.precipitation.amount },
      wind_speed: forecast.wind_speed,
      humidity: forecast.humidity,
      weather_conditions: forecast.weather_conditions,
      timestamp: forecast.timestamp,
    };
  },
});
