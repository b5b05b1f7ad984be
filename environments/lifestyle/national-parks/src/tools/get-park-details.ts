import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineNationalParksTool } from '../scenario.js';

export const getParkDetails = defineNationalParksTool({
  name: 'getParkDetails',
  description:
    "A park's full record by park code ('yose', 'grca'): name, description, directions, hours, fees, contacts and " +
    'addresses, as far as the park has them. Fails for an empty or unknown code.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    parkCode: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.parkCode) throw new ToolError('parkCode must be a non-empty string, such as "yose"');
    const park = ownEntry(state.parks, args.parkCode);
    if (!park) throw new ToolError(`Park '${args.parkCode}' not found: find park codes with findParks`);
    return park;
  },
});
