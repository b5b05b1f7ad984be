import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getArticle } from './tools/get-article.js';
import { getPageSections } from './tools/get-page-sections.js';
import { getRelatedPages } from './tools/get-related-pages.js';
import { getSummary } from './tools/get-summary.js';
import { searchWikipedia } from './tools/search-wikipedia.js';

export const wikipediaServer = defineEnvironment({
  name: 'WikipediaServer',
  domain: 'academia',
  version: '0.1.0',
  description: 'Wikipedia, offline: search an edition, read an article, its summary card and section outline, and find related pages.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [searchWikipedia, getArticle, getSummary, getPageSections, getRelatedPages],
});

export default wikipediaServer;
export { scenarioSchema };
export type { WikipediaServerState } from './scenario.js';
