import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { matchStudies, requirePageSize, STATUSES } from '../registry/queries.js';
import { statusOf, studySummary } from '../registry/study-fields.js';
import { defineClinicalTrialsGovTool } from '../scenario.js';

export const clinicaltrialsSearchStudies = defineClinicalTrialsGovTool({
  name: 'clinicaltrials_search_studies',
  description:
    'Find studies by condition, intervention, location (every word must occur) and recruitment status (recruiting, ' +
    "completed, … in any case), first page only (pageSize 1–1000, default: the scenario's): {studies, totalCount}.",
  input: z.object({
    condition: z.string().nullable().default(null),
    intervention: z.string().nullable().default(null),
    location: z.string().nullable().default(null),
    status: z.string().nullable().default(null),
    pageSize: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const size = args.pageSize ?? state.default_page_size;
    requirePageSize(size);
    const query: Record<string, string> = {};
    if (args.condition) query.cond = args.condition;
    if (args.intervention) query.intr = args.intervention;
    if (args.location) query.locn = args.location;
    let matching = matchStudies(state, query);
    if (args.status) {
      const wanted = args.status.toUpperCase();
      if (!STATUSES.includes(wanted))
        throw new ToolError(`Unknown status "${args.status}" (the registry answers 400; use one of ${STATUSES.join(', ')})`);
      matching = matching.filter((study) => statusOf(study) === wanted);
    }
    return { studies: matching.slice(0, size).map(studySummary), totalCount: matching.length };
  },
});
