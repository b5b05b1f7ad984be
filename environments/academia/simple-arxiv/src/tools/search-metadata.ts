import { defineSimpleArxivTool } from '../scenario.js';
import { findPapers, searchInput } from './paper-search.js';

export const searchMetadata = defineSimpleArxivTool({
  name: 'search_metadata',
  description:
    'The same search as search_arxiv, answered as a flat list with the abstract: {papers: [{title, authors, ' +
    'abstract}]} ("" for a paper without abstract).',
  input: searchInput,
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({
    papers: findPapers(state, args).map((paper) => ({ title: paper.title, authors: paper.authors, abstract: paper.abstract || '' })),
  }),
});
