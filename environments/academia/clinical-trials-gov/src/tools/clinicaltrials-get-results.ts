import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { studyById } from '../registry/queries.js';
import { defineClinicalTrialsGovTool } from '../scenario.js';

type Json = Record<string, unknown>;
const object = (value: unknown): Json => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});

export const clinicaltrialsGetResults = defineClinicalTrialsGovTool({
  name: 'clinicaltrials_get_results',
  description:
    "A study's reported results: {nctId, outcomeMeasures, adverseEvents, participantFlow} — empty when the study has " +
    'posted none. Fails (404) for an unknown NCT id.',
  input: z.object({
    nctId: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.nctId) throw new ToolError('nctId must be a non-empty string');
    const results = object(studyById(state, args.nctId).resultsSection);
    return {
      nctId: args.nctId,
      outcomeMeasures: object(results.outcomeMeasuresModule).outcomeMeasures ?? [],
      adverseEvents: object(results.adverseEventsModule).adverseEvents ?? [],
      participantFlow: results.participantFlowModule ?? {},
    };
  },
});
