import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getPaperDetails } from './tools/get-paper-details.js';
import { searchArxiv } from './tools/search-arxiv.js';
import { searchMetadata } from './tools/search-metadata.js';

export const simpleArxiv = defineEnvironment({
  name: 'SimpleArxiv',
  domain: 'academia',
  version: '0.1.0',
  description:
    "arXiv papers: search titles and abstracts (grouped by category or as a flat list with abstracts), filter by category, and read a paper's full details and PDF link.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [searchArxiv, searchMetadata, getPaperDetails],
});

export default simpleArxiv;
export { scenarioSchema };
export type { SimpleArxivState } from './scenario.js';
