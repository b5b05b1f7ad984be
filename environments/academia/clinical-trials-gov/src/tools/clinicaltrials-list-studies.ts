import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { matchStudies, pageOffset, pageToken, requirePageSize } from '../registry/queries.js';
import { studySummary } from '../registry/study-fields.js';
import { defineClinicalTrialsGovTool } from '../scenario.js';

export const clinicaltrialsListStudies = defineClinicalTrialsGovTool({
  name: 'clinicaltrials_list_studies',
  description:
    'List registered studies matching a query object — {term: "diabetes"} searches all text; cond, intr, locn, ' +
    'titles, spons and id search conditions, interventions, locations, titles, sponsor and NCT id; every word must ' +
    "occur — a page at a time (pageSize 1–1000, default: the scenario's): {studies: [{nctId, briefTitle, " +
    'overallStatus, conditions, interventions, phases}], totalCount, nextPageToken?}.',
  input: z.object({
    query: z.record(z.string(), z.any()).nullable().default(null),
    pageSize: anyInteger().nullable().default(null),
    pageToken: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const size = args.pageSize ?? state.default_page_size;
    requirePageSize(size);
    const matching = matchStudies(state, args.query ?? {});
    const offset = pageOffset(args.pageToken);
    const page = matching.slice(offset, offset + size);
    return {
      studies: page.map(studySummary),
      totalCount: matching.length,
      ...(offset + size < matching.length ? { nextPageToken: pageToken(offset + size) } : {}),
    };
  },
});
