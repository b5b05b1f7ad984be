import { defineTool, type Draft, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import type { AttomState } from '../scenario.js';
import { recordAt, requireAddress } from './address.js';

export const getNearbySchools = defineTool({
  name: 'get_nearby_schools',
  description:
    'List the schools within `radius` miles (default 5) of a property, each with name, distance in miles, type ' +
    '(Public/Private/Charter), grade range and a 0–10 rating, in the order the dataset holds them. ' +
    'An address with no school data at all is an error; a radius that excludes every school gives an empty list.',
  input: z.object({
    address: z.string(),
    radius: anyInteger().default(5),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<AttomState>, args) => {
    const schools = recordAt(state.schools_by_address, requireAddress(args.address), 'Schools data');
    return { schools: schools.filter((school) => school.distance <= args.radius) };
  },
});
