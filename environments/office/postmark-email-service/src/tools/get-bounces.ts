import { anyInteger, defaultNull, pythonSlice } from '@envfleet/kit';
import { z } from 'zod';
import { definePostmarkEmailServiceTool } from '../scenario.js';

export const getBounces = definePostmarkEmailServiceTool({
  name: 'get_bounces',
  description:
    'Bounce records (hard and soft delivery failures), optionally only inactive or only active ones and only ' +
    'those for one recipient address, paged by offset and count (Python slice rules: negative values count ' +
    'from the end). Returns {total_count, bounces}; total_count counts every match before paging.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    count: anyInteger().default(100),
    offset: anyInteger().default(0),
    inactive: defaultNull(z.boolean()),
    email_filter: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const matching = Object.values(state.bounces).filter(
      (bounce) =>
        (args.inactive === null || bounce.Inactive === args.inactive) && (!args.email_filter || bounce.Email === args.email_filter),
    );
    return { total_count: matching.length, bounces: pythonSlice(matching, args.offset, args.offset + args.count) };
  },
});
