import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { fetchPubmedArticles } from './tools/fetch-pubmed-articles.js';
import { getPubmedArticle } from './tools/get-pubmed-article.js';
import { searchPubmedByAuthor } from './tools/search-pubmed-by-author.js';
import { searchPubmedByJournal } from './tools/search-pubmed-by-journal.js';
import { searchPubmedKeyWords } from './tools/search-pubmed-key-words.js';

export const pubMedServer = defineEnvironment({
  name: 'PubMedServer',
  domain: 'academia',
  version: '0.1.0',
  description:
    'PubMed literature search: find articles by keywords (sorted by relevance, date or journal), by author or by journal and year, and read articles by PMID, one or several at a time.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [searchPubmedKeyWords, getPubmedArticle, fetchPubmedArticles, searchPubmedByAuthor, searchPubmedByJournal],
});

export default pubMedServer;
export { scenarioSchema };
export type { PubMedServerState } from './scenario.js';
