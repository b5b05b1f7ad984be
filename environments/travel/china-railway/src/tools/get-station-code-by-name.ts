import { z } from 'zod';
import { defineChinaRailwayTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getStationCodeByName = defineChinaRailwayTool({
  name: 'get_station_code_by_name',
  description:
    'The code of a station from its exact Chinese name (e.g. 北京南 → VNP): {station_code}, or {station_code: ""} ' +
    'when no station has that name. Use the code with get_tickets.',
  input: z.object({
    station_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.station_name, 'Station name');
    const station = Object.values(state.stations).find((candidate) => candidate.station_name === args.station_name);
    return { station_code: station ? station.station_code : '' };
  },
});
