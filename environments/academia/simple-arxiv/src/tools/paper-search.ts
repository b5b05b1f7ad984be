import { containsText, anyInteger, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { Paper, SimpleArxivState } from '../scenario.js';

/** The arguments both search tools take. */
export const searchInput = z.object({
  query: z.string(),
  limit: anyInteger().nullable().default(10),
  categories: z.array(z.string()).nullable().default(null),
  sub_categories: z.array(z.string()).nullable().default(null),
});

/**
 * Papers whose title or abstract contains the query (case-insensitive), kept when their id contains
 * one of the given categories and one of the given sub-categories, then cut to `limit` the way a
 * Python slice cuts (a negative limit drops that many from the end; 0 or none keeps all).
 */
export function findPapers(state: SimpleArxivState, args: z.output<typeof searchInput>): Paper[] {
  if (!args.query) throw new ToolError('Query must be a non-empty string');
  const query = args.query.toLowerCase();
  let papers = Object.values(state.papers).filter(
    (paper) =>
      containsText(paper.title.toLowerCase(), query) || (paper.abstract ? containsText(paper.abstract.toLowerCase(), query) : false),
  );
  const { categories, sub_categories: subCategories } = args;
  if (categories && categories.length > 0)
    papers = papers.filter((paper) => categories.some((category) => containsText(paper.arxiv_id, category)));
  if (subCategories && subCategories.length > 0)
    papers = papers.filter((paper) => subCategories.some((sub) => containsText(paper.arxiv_id, sub)));
  return args.limit ? pythonSlice(papers, null, args.limit) : papers;
}
