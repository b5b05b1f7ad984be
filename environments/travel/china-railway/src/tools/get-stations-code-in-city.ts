import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineChinaRailwayTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getStationsCodeInCity = defineChinaRailwayTool({
  name: 'get_stations_code_in_city',
  description:
    'The railway stations of a city, by its Chinese name (e.g. 北京, 上海): {stations: [{station_code, station_name}]}, ' +
    'in the order the city lists them; an unknown city gives an empty list.',
  input: z.object({
    city: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.city, 'City');
    const codes = ownEntry(state.city_stations, args.city) ?? [];
    const stations = codes.flatMap((code) => {
      const station = ownEntry(state.stations, code);
      return station ? [{ station_code: station.station_code, station_name: station.station_name }] : [];
    });
    return { stations };
  },
});
