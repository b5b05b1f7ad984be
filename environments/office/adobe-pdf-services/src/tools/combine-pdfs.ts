import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAdobePDFServicesTool } from '../scenario.js';
import { nextId, pdfByUrl, presignedUrl } from './documents.js';

export const combinePdfs = defineAdobePDFServicesTool({
  name: 'combine_pdfs',
  description:
    'Merge generated PDFs (by URL, in order; the same PDF may appear twice) into one. Returns {combined_pdf_url, ' +
    'total_pages, source_count}. Fails, making nothing, when any URL is unknown.',
  input: z.object({
    pdf_urls: z.array(z.string()),
    output_filename: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    if (args.pdf_urls.length === 0) throw new ToolError('pdf_urls must be a non-empty list');
    const sources = args.pdf_urls.map((url) => pdfByUrl(state, url));
    const totalPages = sources.reduce((sum, source) => sum + source.pdf.page_count, 0);
    const id = nextId(state);
    const url = presignedUrl(state, 'combined', id, args.output_filename);
    state.combined_pdfs[id] = {
      id,
      url,
      source_pdf_ids: sources.map((source) => source.id),
      total_pages: totalPages,
      source_count: sources.length,
      created_at: state.current_time,
    };
    return { combined_pdf_url: url, total_pages: totalPages, source_count: sources.length };
  },
});
