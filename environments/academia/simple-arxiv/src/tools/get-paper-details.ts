import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineSimpleArxivTool } from '../scenario.js';

export const getPaperDetails = defineSimpleArxivTool({
  name: 'get_paper_details',
  description:
    'Everything on file about a paper by its arXiv id: title, authors, published and updated dates (the published ' +
    'date when never updated), journal reference, abstract and PDF URL (arxiv.org/pdf/<id>.pdf when none is on ' +
    'file). Fails for an unknown id.',
  input: z.object({
    arxiv_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.arxiv_id) throw new ToolError('arXiv ID must be a non-empty string');
    const paper = ownEntry(state.papers, args.arxiv_id);
    if (!paper) throw new ToolError(`Paper ${args.arxiv_id} not found`);
    return {
      arxiv_id: paper.arxiv_id,
      title: paper.title,
      authors: paper.authors,
      published_date: paper.published_date,
      updated_date: paper.updated_date || paper.published_date,
      journal_ref: paper.journal_ref || '',
      abstract: paper.abstract || '',
      pdf_url: paper.pdf_url || `https://arxiv.org/pdf/${args.arxiv_id}.pdf`,
    };
  },
});
