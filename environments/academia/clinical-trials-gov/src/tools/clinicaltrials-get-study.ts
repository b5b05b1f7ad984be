import { z } from 'zod';
import { studyById } from '../registry/queries.js';
import { defineClinicalTrialsGovTool } from '../scenario.js';
import { ToolError } from '@envfleet/kit';

export const clinicaltrialsGetStudy = defineClinicalTrialsGovTool({
  name: 'clinicaltrials_get_study',
  description:
    'Full records of one or more studies by NCT id ("NCT05000101, NCT05000377"): {studies: [{nctId, ' +
    'protocolSection, resultsSection, derivedSection}]}. Each fetched record is kept in cached_studies. An unknown ' +
    'id fails the whole call (404) and caches nothing.',
  input: z.object({
    nctIds: z.string(),
  }),
  handler: (state, args) => {
    if (!args.nctIds) throw new ToolError('nctIds must be a non-empty string');
    const studies = args.nctIds.split(',').map((raw) => {
      const nctId = raw.trim();
      const study = studyById(state, nctId);
      const protocol = (study.protocolSection ?? {}) as Record<string, unknown>;
      const identification = (protocol.identificationModule ?? {}) as Record<string, unknown>;
      const record = {
        nctId: typeof identification.nctId === 'string' ? identification.nctId : nctId,
        protocolSection: protocol,
        resultsSection: study.resultsSection ?? {},
        derivedSection: study.derivedSection ?? {},
      };
      state.cached_studies[nctId] = record;
      return record;
    });
    return { studies };
  },
});
