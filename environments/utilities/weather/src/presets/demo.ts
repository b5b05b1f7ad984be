import type { z } from 'zod';
import { coordinateKey } from '../coordinates.js';
import type { scenarioSchema } from '../scenario.js';

type Scenario = z.input<typeof scenarioSchema>;

// A travel desk's view of the world on 18 March 2025. Worth exploring:
//  - Reykjavik's database coordinates carry five decimals; weather is keyed by the rounded point.
//  - Nairobi and Lima are listed cities with no observations at all (empty answers, not errors).
//  - Miami has an active hurricane watch plus an expired flood warning (active_only matters);
//    Cape Town has only an expired alert.
//  - Oslo's history is stored out of date order, and has two readings on the same day.
//  - The saved "cabin" is in the mountains where no station reports.
const cities: [name: string, lat: number, lon: number, population: number, country: string][] = [
  ['Reykjavik', 64.14663, -21.94266, 139875, 'Iceland'],
  ['Oslo', 59.9139, 10.7522, 709037, 'Norway'],
  ['Lisbon', 38.7223, -9.1393, 545923, 'Portugal'],
  ['Miami', 25.7617, -80.1918, 449514, 'United States'],
  ['Vancouver', 49.2827, -123.1207, 662248, 'Canada'],
  ['Cape Town', -33.9249, 18.4241, 4772846, 'South Africa'],
  ['Nairobi', -1.2921, 36.8219, 4397073, 'Kenya'],
  ['Lima', -12.0464, -77.0428, 10719000, 'Peru'],
  ['Kyoto', 35.0116, 135.7681, 1464890, 'Japan'],
  ['Auckland', -36.8485, 174.7633, 1693000, 'New Zealand'],
  ['Denver', 39.7392, -104.9903, 715522, 'United States'],
  ['Singapore', 1.3521, 103.8198, 5686000, 'Singapore'],
  ['Cairo', 30.0444, 31.2357, 10230000, 'Egypt'],
  ['Anchorage', 61.2181, -149.9003, 291247, 'United States'],
];
const at = (name: string) => {
  const entry = cities.find(([city]) => city === name);
  if (!entry) throw new Error(`demo preset: unknown city ${name}`);
  return { latitude: entry[1], longitude: entry[2], key: coordinateKey(entry[1], entry[2]) };
};

// [city, °C, humidity %, wind km/h, wind direction °, pressure hPa]
const current: [string, number, number, number, number, number][] = [
  ['Reykjavik', -1.5, 81, 38.5, 250, 996.4],
  ['Oslo', 2.8, 74, 11.2, 200, 1009.8],
  ['Lisbon', 16.4, 68, 14.0, 315, 1018.2],
  ['Miami', 28.9, 79, 31.0, 110, 1004.6],
  ['Vancouver', 8.1, 88, 9.5, 140, 1012.0],
  ['Cape Town', 22.7, 55, 42.0, 160, 1016.5],
  ['Kyoto', 12.3, 60, 4.0, 0, 1021.3],
  ['Auckland', 19.6, 72, 18.0, 225, 1014.1],
  ['Denver', 5.0, 25, 24.5, 290, 1025.7],
  ['Singapore', 31.2, 84, 7.5, 45, 1008.9],
  ['Cairo', 24.1, 35, 15.0, 360, 1013.0],
  ['Anchorage', -9.4, 66, 0.0, 0, 1001.2],
];

// [city, °C, precipitation chance %, amount mm, wind km/h, humidity %, conditions, issued at, days]
const forecasts: [string, number, number, number, number, number, string, string, number][] = [
  ['Reykjavik', 0.5, 70, 6.5, 45.0, 85, 'Snow showers, gale-force gusts', '2025-03-18T06:00:00', 3],
  ['Oslo', 4.0, 20, 0.5, 10.0, 70, 'Mostly cloudy', '2025-03-18T06:00:00', 5],
  ['Lisbon', 18.0, 10, 0.0, 12.0, 60, 'Sunny', '2025-03-18T06:00:00', 7],
  ['Miami', 29.5, 90, 85.0, 75.0, 92, 'Tropical storm conditions, heavy rain', '2025-03-18T05:00:00', 3],
  ['Vancouver', 9.0, 80, 12.0, 15.0, 90, 'Steady rain', '2025-03-18T04:00:00', 2],
  ['Cape Town', 24.0, 0, 0.0, 50.0, 50, 'Clear, strong south-easter', '2025-03-18T08:00:00', 4],
  ['Kyoto', 14.5, 40, 2.0, 6.0, 65, 'Cherry-blossom haze, light showers later', '2025-03-18T09:00:00', 1],
  ['Denver', 8.0, 30, 4.0, 35.0, 30, 'Wind, chance of late snow', '2025-03-18T03:00:00', 3],
  ['Anchorage', -6.0, 55, 3.0, 5.0, 70, 'Light snow', '2025-03-18T02:00:00', 10],
];

type Alert = { severity: string; urgency: string; event: string; instructions: string; areas: string[]; active: boolean };
const alerts: Record<string, Alert[]> = {
  Miami: [
    {
      severity: 'Severe',
      urgency: 'Expected',
      event: 'Hurricane Watch',
      instructions: 'Secure outdoor objects, review evacuation routes and keep supplies for 72 hours.',
      areas: ['Miami-Dade', 'Broward', 'Florida Keys'],
      active: true,
    },
    {
      severity: 'Moderate',
      urgency: 'Immediate',
      event: 'Rip Current Statement',
      instructions: 'Swim only near lifeguards; if caught, swim parallel to shore.',
      areas: ['Miami Beach'],
      active: true,
    },
    {
      severity: 'Moderate',
      urgency: 'Past',
      event: 'Flood Warning',
      instructions: "Avoid flooded roads. Turn around, don't drown.",
      areas: ['Miami-Dade'],
      active: false,
    },
  ],
  Reykjavik: [
    {
      severity: 'Moderate',
      urgency: 'Expected',
      event: 'Gale Warning',
      instructions: 'Avoid mountain roads and secure loose items; expect domestic flight delays.',
      areas: ['Capital Region', 'Reykjanes'],
      active: true,
    },
  ],
  Denver: [
    {
      severity: 'Minor',
      urgency: 'Future',
      event: 'Red Flag Warning',
      instructions: 'No outdoor burning; report smoke immediately.',
      areas: ['Denver Metro', 'Foothills'],
      active: true,
    },
    {
      severity: 'Moderate',
      urgency: 'Past',
      event: 'Winter Storm Warning',
      instructions: 'Travel only if necessary.',
      areas: [],
      active: false,
    },
  ],
  'Cape Town': [
    {
      severity: 'Minor',
      urgency: 'Past',
      event: 'Fire Danger Advisory',
      instructions: 'Do not light fires on Table Mountain trails.',
      areas: ['City Bowl', 'Atlantic Seaboard'],
      active: false,
    },
  ],
};

// [city, °C, conditions, wind km/h, humidity %, pressure hPa, date]
const history: [string, number, string, number, number, number, string][] = [
  ['Oslo', 1.9, 'Light snow', 8.0, 80, 1006.0, '2025-03-14'],
  ['Oslo', 3.5, 'Overcast', 12.0, 76, 1008.5, '2025-03-12'],
  ['Oslo', -2.1, 'Clear, frost', 4.0, 62, 1019.4, '2025-03-15'],
  ['Oslo', 0.4, 'Freezing fog', 2.0, 97, 1020.1, '2025-03-15'],
  ['Oslo', 4.2, 'Drizzle', 14.0, 88, 1004.2, '2025-03-17'],
  ['Lisbon', 15.1, 'Sunny', 11.0, 58, 1020.0, '2025-03-15'],
  ['Lisbon', 14.2, 'Showers', 22.0, 81, 1011.3, '2025-03-16'],
  ['Lisbon', 16.8, 'Partly cloudy', 15.0, 64, 1016.7, '2025-03-17'],
  ['Miami', 27.8, 'Humid, scattered storms', 20.0, 85, 1010.2, '2025-03-16'],
  ['Miami', 28.3, 'Thunderstorms', 35.0, 90, 1006.1, '2025-03-17'],
  ['Reykjavik', -3.0, 'Blizzard', 62.0, 90, 981.5, '2025-02-28'],
  ['Reykjavik', 1.2, 'Rain and sleet', 40.0, 86, 992.0, '2025-03-10'],
  ['Reykjavik', -0.5, 'Clear, aurora visible', 12.0, 70, 1011.0, '2025-03-17'],
  ['Cairo', 23.0, 'Sunny', 10.0, 30, 1014.0, '2025-03-16'],
  ['Cairo', 31.5, 'Khamsin dust storm', 55.0, 12, 1006.0, '2025-03-17'],
];

const saved: [alias: string, name: string, lat: number, lon: number, timezone: string][] = [
  ['home', 'Home — Lisbon, Alfama', 38.7223, -9.1393, 'Europe/Lisbon'],
  ['office', 'Oslo office', 59.9139, 10.7522, 'Europe/Oslo'],
  ['cabin', 'Cabin near Geilo', 60.5347, 8.2063, 'Europe/Oslo'],
  ['conference', 'Miami Beach Convention Center', 25.7953, -80.13, 'America/New_York'],
  ['layover', 'KEF airport', 63.985, -22.6056, 'Atlantic/Reykjavik'],
];

const grouped = <T>(rows: T[], city: (row: T) => string) => {
  const out: Record<string, T[]> = {};
  for (const row of rows) (out[at(city(row)).key] ??= []).push(row);
  return out;
};

export const demo: Scenario = {
  current_weather: Object.fromEntries(
    current.map(([name, temperature, humidity, speed, direction, pressure]) => {
      const { key, latitude, longitude } = at(name);
      return [key, { temperature, humidity, wind: { speed, direction }, pressure, latitude, longitude }];
    }),
  ),
  forecasts: Object.fromEntries(
    forecasts.map(([name, temperature, chance, amount, wind_speed, humidity, weather_conditions, timestamp, days]) => {
      const { key, latitude, longitude } = at(name);
      return [
        key,
        { temperature, precipitation: { chance, amount }, wind_speed, humidity, weather_conditions, timestamp, latitude, longitude, days },
      ];
    }),
  ),
  alerts: Object.fromEntries(Object.entries(alerts).map(([name, list]) => [at(name).key, list])),
  historical_records: Object.fromEntries(
    Object.entries(grouped(history, (row) => row[0])).map(([key, rows]) => [
      key,
      rows.map(([, temperature, conditions, wind_speed, humidity, pressure, date]) => ({
        temperature,
        conditions,
        wind_speed,
        humidity,
        pressure,
        date,
      })),
    ]),
  ),
  saved_locations: Object.fromEntries(
    saved.map(([alias, name, latitude, longitude, timezone]) => [alias, { alias, name, latitude, longitude, timezone }]),
  ),
  city_database: Object.fromEntries(
    cities.map(([city, latitude, longitude, population, country]) => [city, { city, latitude, longitude, population, country }]),
  ),
};
