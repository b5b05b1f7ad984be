import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's PubMedServer scenario. Articles are free-form records keyed by PMID (the
// reference keeps whatever the scenario gives, so do we); the three *_results maps cache each search's
// answer under its arguments, and a cached answer is returned as it was first computed.
// An article usually has the fields of articleSchema:
export const articleSchema = z.object({
  pmid: z.string(),
  title: z.string().default(''),
  authors: z.array(z.string()).default(() => []),
  journal: z.string().default(''),
  pub_date: z.string().default(''),
  abstract: z.string().default(''),
  publication_types: z.array(z.string()).default(() => []),
  mesh_terms: z.array(z.string()).default(() => []),
  doi: z.string().default(''),
});

// The reference's PubMedScenario.
export const scenarioSchema = z.object({
  articles: z.record(z.string(), z.any()).default(() => ({})),
  search_results: z.record(z.string(), z.any()).default(() => ({})),
  author_results: z.record(z.string(), z.any()).default(() => ({})),
  journal_results: z.record(z.string(), z.any()).default(() => ({})),
  current_time: z.string().default('2026-04-17T01:46:12'),
});

export type PubMedServerState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of PubMedServerState. */
export const definePubMedServerTool = toolsFor<PubMedServerState>();
