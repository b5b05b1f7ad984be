import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { clinicaltrialsAnalyzeTrends } from './tools/clinicaltrials-analyze-trends.js';
import { clinicaltrialsGetResults } from './tools/clinicaltrials-get-results.js';
import { clinicaltrialsGetStudy } from './tools/clinicaltrials-get-study.js';
import { clinicaltrialsListStudies } from './tools/clinicaltrials-list-studies.js';
import { clinicaltrialsSearchStudies } from './tools/clinicaltrials-search-studies.js';

export const clinicalTrialsGov = defineEnvironment({
  name: 'ClinicalTrialsGov',
  domain: 'academia',
  version: '0.1.0',
  description:
    'ClinicalTrials.gov, offline: search and page through registered studies, fetch full study records and posted results, and count studies by phase, status, condition or sponsor.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    clinicaltrialsListStudies,
    clinicaltrialsGetStudy,
    clinicaltrialsSearchStudies,
    clinicaltrialsGetResults,
    clinicaltrialsAnalyzeTrends,
  ],
});

export default clinicalTrialsGov;
export { scenarioSchema };
export type { ClinicalTrialsGovState } from './scenario.js';
