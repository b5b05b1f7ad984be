import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineChinaRailwayTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getTickets = defineChinaRailwayTool({
  name: 'get_tickets',
  description:
    'Trains from one station to another on a date (YYYY-MM-DD, station codes such as VNP and SHH): ' +
    '{trains: [{train_no, departure_time, arrival_time, duration, seat_availability: {business_class, first_class, ' +
    'second_class}}]}; no trains gives an empty list.',
  input: z.object({
    date: z.string(),
    from_station_code: z.string(),
    to_station_code: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.date, 'Date');
    requireText(args.from_station_code, 'From station code');
    requireText(args.to_station_code, 'To station code');
    const trains = ownEntry(state.trains, `${args.date}_${args.from_station_code}_${args.to_station_code}`) ?? [];
    return { trains };
  },
});
