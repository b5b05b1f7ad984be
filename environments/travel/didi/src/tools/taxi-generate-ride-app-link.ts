import { z } from 'zod';
import { defineDidiTool } from '../scenario.js';
import { coordinateText, readLocation, requireLocationObject } from './locations.js';

export const taxiGenerateRideAppLink = defineDidiTool({
  name: 'taxi_generate_ride_app_link',
  description:
    'Build a didirider:// deep link that opens the ride app with origin and destination filled in ("lat,lng"), and ' +
    'the vehicle type when product_category is given. Returns {deep_link, from_location, to_location}; nothing is booked.',
  annotations: { readOnlyHint: true },
  input: z.object({
    origin_location: z.record(z.string(), z.any()),
    destination_location: z.record(z.string(), z.any()),
    product_category: z.string().nullable().default(null),
  }),
  handler: (_state, args) => {
    requireLocationObject(args.origin_location, 'origin_location');
    requireLocationObject(args.destination_location, 'destination_location');
    const from = coordinateText(readLocation(args.origin_location, 'origin_location'));
    const to = coordinateText(readLocation(args.destination_location, 'destination_location'));
    let deepLink = `didirider://ride?from=${from}&to=${to}`;
    if (args.product_category) deepLink += `&product=${args.product_category}`;
    return { deep_link: deepLink, from_location: from, to_location: to };
  },
});
