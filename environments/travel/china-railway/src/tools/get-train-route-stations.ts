import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineChinaRailwayTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getTrainRouteStations = defineChinaRailwayTool({
  name: 'get_train_route_stations',
  description:
    'Every stop of a train on a date between two stations, in order: {route_stations: [{station_name, arrival_time, ' +
    'departure_time, stop_duration}]} (the first stop has no arrival, the last no departure); an empty list when ' +
    'the route is not on file.',
  input: z.object({
    date: z.string(),
    from_station_code: z.string(),
    to_station_code: z.string(),
    train_no: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.date, 'Date');
    requireText(args.from_station_code, 'From station code');
    requireText(args.to_station_code, 'To station code');
    requireText(args.train_no, 'Train number');
    const key = `${args.date}_${args.from_station_code}_${args.to_station_code}_${args.train_no}`;
    return { route_stations: ownEntry(state.train_routes, key) ?? [] };
  },
});
