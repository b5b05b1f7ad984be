import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineNationalParksTool } from '../scenario.js';
import { checkPaging } from './page.js';
import { listParkRecords } from './park-records.js';

export const getVisitorCenters = defineNationalParksTool({
  name: 'getVisitorCenters',
  description:
    'Visitor centers with hours, contacts and addresses: those of the given parks (comma-separated codes, any case) whose name or description contains q (any case). ' +
    'Paged with limit (≥ 1, default 10) and start (≥ 0). Returns {total, data}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    parkCode: z.string().nullable().default(null),
    limit: anyInteger().default(10),
    start: anyInteger().default(0),
    q: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkPaging(args.limit, args.start);
    return listParkRecords(state.visitor_centers, (record) => record.name, args);
  },
});
