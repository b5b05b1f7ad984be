import { z } from 'zod';
import { normalizeCoordinateKeys } from './coordinates.js';

// Same fields, order, constraints and default world as the reference's WeatherScenario. Its
// patterns run on a Unicode-aware regex engine, so \d there is any decimal digit.
const ISO_DATE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u;
const ISO_TIMESTAMP = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const percentage = z.number().min(0).max(100);

export const windSchema = z.object({
  speed: z.number().min(0),
  direction: z.int().min(0).max(360),
});

export const precipitationSchema = z.object({
  chance: percentage,
  amount: z.number().min(0),
});

export const alertSchema = z.object({
  severity: z.string(),
  urgency: z.string(),
  event: z.string(),
  instructions: z.string(),
  areas: z.array(z.string()).default(() => []),
  active: z.boolean().default(true),
});

export const historicalRecordSchema = z.object({
  temperature: z.number(),
  conditions: z.string(),
  wind_speed: z.number().min(0),
  humidity: percentage,
  pressure: z.number().min(0),
  date: z.string().regex(ISO_DATE, 'date must be YYYY-MM-DD'),
});

export const savedLocationSchema = z.object({
  alias: z.string(),
  name: z.string(),
  latitude,
  longitude,
  timezone: z.string().default('UTC'),
});

export const currentWeatherSchema = z.object({
  temperature: z.number(),
  humidity: percentage,
  wind: windSchema,
  pressure: z.number().min(0),
  latitude,
  longitude,
});

export const forecastSchema = z.object({
  temperature: z.number(),
  precipitation: precipitationSchema,
  wind_speed: z.number().min(0),
  humidity: percentage,
  weather_conditions: z.string(),
  timestamp: z.string().regex(ISO_TIMESTAMP, 'timestamp must be YYYY-MM-DDTHH:MM:SS'),
  latitude,
  longitude,
  days: z.int().min(1),
});

export const cityLocationSchema = z.object({
  city: z.string(),
  latitude,
  longitude,
  population: z.int().min(0),
  country: z.string(),
});

// Maps keyed by "lat,lon" are rewritten to the canonical four-decimal keys on load.
function byCoordinates<T extends z.ZodType>(value: T) {
  return z
    .record(z.string(), value)
    .overwrite(normalizeCoordinateKeys)
    .default(() => ({}));
}

type City = z.input<typeof cityLocationSchema>;
const city = (name: string, lat: number, lon: number, population: number, country: string): [string, City] => [
  name,
  { city: name, latitude: lat, longitude: lon, population, country },
];

export const scenarioSchema = z.object({
  current_weather: byCoordinates(currentWeatherSchema),
  forecasts: byCoordinates(forecastSchema),
  alerts: byCoordinates(z.array(alertSchema)),
  historical_records: byCoordinates(z.array(historicalRecordSchema)),
  saved_locations: z.record(z.string(), savedLocationSchema).default(() => ({})),
  city_database: z
    .record(z.string(), cityLocationSchema)
    .default(
      () =>
        Object.fromEntries([
          city('Paris', 48.8566, 2.3522, 2161000, 'France'),
          city('New York', 40.7128, -74.006, 8336817, 'United States'),
          city('Tokyo', 35.6762, 139.6503, 13960000, 'Japan'),
          city('London', 51.5074, -0.1278, 8982000, 'United Kingdom'),
          city('Sydney', -33.8688, 151.2093, 5312000, 'Australia'),
          city('Berlin', 52.52, 13.405, 3645000, 'Germany'),
          city('Mumbai', 19.076, 72.8777, 20411000, 'India'),
          city('Dubai', 25.2048, 55.2708, 3331000, 'United Arab Emirates'),
          city('Singapore', 1.3521, 103.8198, 5686000, 'Singapore'),
          city('Toronto', 43.6532, -79.3832, 2731000, 'Canada'),
          city('Moscow', 55.7558, 37.6173, 12506000, 'Russia'),
          city('Beijing', 39.9042, 116.4074, 21540000, 'China'),
          city('Los Angeles', 34.0522, -118.2437, 3979000, 'United States'),
          city('Rome', 41.9028, 12.4964, 2873000, 'Italy'),
          city('Madrid', 40.4168, -3.7038, 3223000, 'Spain'),
          city('Amsterdam', 52.3676, 4.9041, 872680, 'Netherlands'),
          city('Seoul', 37.5665, 126.978, 9776000, 'South Korea'),
          city('Bangkok', 13.7563, 100.5018, 10539000, 'Thailand'),
          city('Istanbul', 41.0082, 28.9784, 15462000, 'Turkey'),
          city('Mexico City', 19.4326, -99.1332, 21581000, 'Mexico'),
        ]) as Record<string, City>,
    ),
});

export type WeatherState = z.output<typeof scenarioSchema>;
export type SavedLocation = z.output<typeof savedLocationSchema>;
