import { ownEntry } from '@envfleet/kit';
import { defineSimpleArxivTool } from '../scenario.js';
import { findPapers, searchInput } from './paper-search.js';

export const searchArxiv = defineSimpleArxivTool({
  name: 'search_arxiv',
  description:
    'Search arXiv papers by words in the title or abstract (case-insensitive), optionally only ids containing given ' +
    'categories (cs.AI) or sub-categories, up to `limit` (default 10). Results are grouped by category name, read ' +
    'from the id ("cs.AI/2103.08220" is Artificial Intelligence; new-style ids go under "unknown"): ' +
    '{results_by_category: {name: [{arxiv_id, title, authors, published_date}]}}.',
  input: searchInput,
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const groups = new Map<string, { arxiv_id: string; title: string; authors: string[]; published_date: string }[]>();
    for (const paper of findPapers(state, args)) {
      const category = paper.arxiv_id.includes('/') ? (paper.arxiv_id.split('/')[0] as string) : 'unknown';
      const name = ownEntry(state.categoryMap, category) ?? category;
      const group = groups.get(name) ?? [];
      group.push({ arxiv_id: paper.arxiv_id, title: paper.title, authors: paper.authors, published_date: paper.published_date });
      groups.set(name, group);
    }
    return { results_by_category: Object.fromEntries(groups) };
  },
});
