import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineHotelBookingTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const getHotelDetails = defineHotelBookingTool({
  name: 'get_hotel_details',
  description:
    'Full information on one hotel: name, address, description and its room types (room_type_id, name, nightly price). ' +
    'Returns {hotel_details: {...}}, or {hotel_details: {}} when the hotel has no details on file.',
  input: z.object({
    hotel_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.hotel_id, 'Hotel ID');
    return { hotel_details: ownEntry(state.hotel_details_map, args.hotel_id) ?? {} };
  },
});
