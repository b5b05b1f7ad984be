import { z } from 'zod';
import { matchStudies } from '../registry/queries.js';
import { moduleOf, sponsorOf } from '../registry/study-fields.js';
import { defineClinicalTrialsGovTool, type Study } from '../scenario.js';

// What each study counts under, by grouping; a study without the field counts under "N/A" (a study
// whose field is an empty list counts under nothing, as in the reference).
const KEYS: Record<string, (study: Study) => unknown[]> = {
  phase: (study) => listOr(moduleOf(study, 'designModule'), 'phases'),
  status: (study) => [
    Object.hasOwn(moduleOf(study, 'statusModule'), 'overallStatus') ? moduleOf(study, 'statusModule').overallStatus : 'N/A',
  ],
  condition: (study) => listOr(moduleOf(study, 'conditionsModule'), 'conditions'),
  sponsor: (study) => [sponsorOf(study) ?? 'N/A'],
};

function listOr(module: Record<string, unknown>, field: string): unknown[] {
  if (!Object.hasOwn(module, field)) return ['N/A'];
  const value = module[field];
  return Array.isArray(value) ? value : [value];
}

export const clinicaltrialsAnalyzeTrends = defineClinicalTrialsGovTool({
  name: 'clinicaltrials_analyze_trends',
  description:
    'Count the studies matching a query object (as in clinicaltrials_list_studies, all pages) by phase, status ' +
    '(default), condition or sponsor: {group_by, buckets: [{key, count}] largest first, totalCount}. Any other ' +
    'grouping puts every study under "N/A".',
  input: z.object({
    query: z.record(z.string(), z.any()),
    group_by: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const groupBy = args.group_by || 'status';
    const studies = matchStudies(state, args.query);
    const keysOf = Object.hasOwn(KEYS, groupBy) ? (KEYS[groupBy] as (study: Study) => unknown[]) : () => ['N/A'];
    const counts = new Map<string, { key: unknown; count: number }>();
    for (const study of studies) {
      for (const key of keysOf(study)) {
        const id = JSON.stringify(key);
        const bucket = counts.get(id) ?? { key, count: 0 };
        bucket.count += 1;
        counts.set(id, bucket);
      }
    }
    // A stable sort by count, descending: ties keep the order in which keys first appeared.
    const buckets = [...counts.values()].sort((a, b) => b.count - a.count);
    return { group_by: groupBy, buckets, totalCount: studies.length };
  },
});
