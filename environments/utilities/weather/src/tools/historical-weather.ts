import { compareCodePoints, defineTool, type Draft, ToolError, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { coordinateKey } from '../coordinates.js';
import type { WeatherState } from '../scenario.js';

export const getHistoricalWeather = defineTool({
  name: 'get_historical_weather',
  description:
    'Past observations recorded at a coordinate (matched to 4 decimal places) whose date lies between start_date and ' +
    'end_date inclusive (YYYY-MM-DD): temperature, conditions, wind speed, humidity, pressure and date, in stored ' +
    'order, at most `limit` of them (default 10).',
  input: z.object({
    latitude: z.number(),
    longitude: z.number(),
    start_date: z.string(),
    end_date: z.string(),
    limit: anyInteger().default(10),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<WeatherState>, args) => {
    if (!args.start_date) throw new ToolError('Start date must be a non-empty string');
    if (!args.end_date) throw new ToolError('End date must be a non-empty string');
    const key = coordinateKey(args.latitude, args.longitude);
    const all = Object.hasOwn(state.historical_records, key) ? (state.historical_records[key] ?? []) : [];
    // Dates compare as Python strings, code point by code point ("2024-01-05" falls between "2024-01" and
    // "2024-02"); records keep the order in which they are stored.
    const inRange = all.filter(
      (record) => compareCodePoints(args.start_date, record.date) <= 0 && compareCodePoints(record.date, args.end_date) <= 0,
    );
    // A negative limit counts from the end, like a Python slice: -1 drops the last match.
    return {
      records: inRange.slice(0, args.limit).map((record) => ({
        temperature: record.temperature,
        conditions: record.conditions,
        wind_speed: record.wind_speed,
        humidity: record.humidity,
        pressure: record.pressure,
        date: record.date,
      })),
    };
  },
});
