import { hasEntry, ownEntry, pythonFloatRepr } from '@envfleet/kit';
import { z } from 'zod';
import { defineDidiTool } from '../scenario.js';
import { coordinateText, readLocation, requireLocationObject } from './locations.js';

export const mapsRegeocode = defineDidiTool({
  name: 'maps_regeocode',
  description:
    'Turn a {latitude, longitude} point into an address: {address, province, city, district, street}. Points in the ' +
    'address table (keyed "lat,lng") give their stored address; any other point gives a generic Beijing address ' +
    'in an "Unknown District".',
  annotations: { readOnlyHint: true },
  input: z.object({
    location: z.record(z.string(), z.any()),
  }),
  handler: (state, args) => {
    requireLocationObject(args.location, 'location');
    const point = readLocation(args.location, 'location');
    const key = coordinateText(point);
    if (hasEntry(state.address_database, key)) return ownEntry(state.address_database, key);
    const spoken = `${pythonFloatRepr(point.latitude)}, ${pythonFloatRepr(point.longitude)}`;
    return { address: spoken, province: 'Beijing', city: 'Beijing', district: 'Unknown District', street: `Street near ${spoken}` };
  },
});
