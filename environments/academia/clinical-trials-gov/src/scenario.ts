import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's ClinicalTrialsGov scenario (service URL, default page size, the studies a
// session has fetched) plus, optionally, the registry this offline stand-in answers from. The
// reference calls the live ClinicalTrials.gov v2 API; here studies are data, in that API's record
// shape. `registry` stays out of the state unless a scenario gives one, so an EnvFactory scenario
// saves back exactly as it came, and the built-in studies (src/registry) answer.

/** One study as the v2 API returns it: {protocolSection, resultsSection?, derivedSection?}. */
export const studySchema = z.record(z.string(), z.any());

export const scenarioSchema = z.object({
  base_url: z.string().default('https://clinicaltrials.gov/api/v2'),
  default_page_size: z.int().min(1).max(1000).default(10),
  cached_studies: z.record(z.string(), z.any()).default(() => ({})),
  registry: z.array(studySchema).optional(),
});

export type ClinicalTrialsGovState = z.output<typeof scenarioSchema>;
export type Study = z.output<typeof studySchema>;

/** defineTool for this environment: handlers receive a typed draft of ClinicalTrialsGovState. */
export const defineClinicalTrialsGovTool = toolsFor<ClinicalTrialsGovState>();
