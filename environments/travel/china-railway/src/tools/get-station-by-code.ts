import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineChinaRailwayTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getStationByCode = defineChinaRailwayTool({
  name: 'get_station_by_code',
  description:
    "A station's name, address and phone by its code: from the station details table first, else from the " +
    'station list; all three are "" for an unknown code.',
  input: z.object({
    station_code: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.station_code, 'Station code');
    const details = ownEntry(state.station_details_map, args.station_code);
    if (details) {
      // Details are free-form: a field that is present is returned as stored, even when it is not text.
      const field = (name: string) => (Object.hasOwn(details, name) ? details[name] : '');
      return { station_name: field('station_name'), address: field('address'), phone: field('phone') };
    }
    const station = ownEntry(state.stations, args.station_code);
    if (station) return { station_name: station.station_name, address: station.address, phone: station.phone };
    return { station_name: '', address: '', phone: '' };
  },
});
