import { anyInteger, containsText } from '@envfleet/kit';
import { z } from 'zod';
import { defineNationalParksTool, type Park } from '../scenario.js';
import { commaList, lower, upper } from './comma-list.js';
import { checkPaging, page } from './page.js';

// A park's states are split on commas as stored (not stripped), so "CA, NV" lists " NV".
const inAnyState = (park: Park, codes: ReadonlySet<string>) =>
  (park.states ?? '')
    .toUpperCase()
    .split(',')
    .some((state) => codes.has(state));

// Activities are matched by name, whole and in any case.
const offersAny = (park: Park, names: ReadonlySet<string>) =>
  (park.activities ?? []).some((activity) => names.has((activity.name ?? '').toLowerCase()));

export const findParks = defineNationalParksTool({
  name: 'findParks',
  description:
    "Search parks by state codes ('CA,UT'), a term in the name or description (any case) and activity names " +
    "('Hiking,Kayaking'); each filter keeps parks matching any of its values. Paged with limit (≥ 1, default 10) " +
    'and start (≥ 0). Returns {total, limit, start, data} with the full park records.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    stateCode: z.string().nullable().default(null),
    q: z.string().nullable().default(null),
    limit: anyInteger().default(10),
    start: anyInteger().default(0),
    activities: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkPaging(args.limit, args.start);
    let parks = Object.values(state.parks);
    if (args.stateCode) {
      const codes = commaList(args.stateCode, upper);
      parks = parks.filter((park) => inAnyState(park, codes));
    }
    if (args.q) {
      const term = args.q.toLowerCase();
      parks = parks.filter(
        (park) => containsText((park.fullName ?? '').toLowerCase(), term) || containsText((park.description ?? '').toLowerCase(), term),
      );
    }
    if (args.activities) {
      const names = commaList(args.activities, lower);
      parks = parks.filter((park) => offersAny(park, names));
    }
    return { total: parks.length, limit: args.limit, start: args.start, data: page(parks, args.limit, args.start) };
  },
});
