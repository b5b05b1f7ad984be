import { containsText } from '@envfleet/kit';
import { z } from 'zod';
import { defineHKBusTool } from '../scenario.js';
import { requireText } from './lookup-keys.js';

export const findStopByName = defineHKBusTool({
  name: 'find_stop_by_name',
  description: 'Stops whose name contains the text, case-insensitive: {stops: [{stop_id, stop_name, location: {latitude, longitude}}]}.',
  input: z.object({
    stop_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.stop_name, 'Stop name');
    const wanted = args.stop_name.toLowerCase();
    const stops = Object.values(state.stops).filter((stop) => containsText(stop.stop_name.toLowerCase(), wanted));
    return {
      stops: stops.map(({ stop_id, stop_name, location }) => ({
        stop_id,
        stop_name,
        location: { latitude: location.latitude, longitude: location.longitude },
      })),
    };
  },
});
