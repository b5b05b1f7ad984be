import { codePointLength, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAdobePDFServicesTool } from '../scenario.js';
import { nextId, presignedUrl, requireText } from './documents.js';

const PAGE_SIZES = ['A4', 'Letter', 'Legal'];

export const createPdfFromHtml = defineAdobePDFServicesTool({
  name: 'create_pdf_from_html',
  description:
    'Render HTML into a PDF (page size A4, Letter or Legal): one page per 3,000 characters (at least one), ten bytes ' +
    'per character. Returns {pdf_url, page_count, file_size}; the URL is what the other tools take.',
  input: z.object({
    html_content: z.string(),
    output_filename: z.string().nullable().default(null),
    page_size: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.html_content, 'html_content');
    if (args.page_size && !PAGE_SIZES.includes(args.page_size)) throw new ToolError('page_size must be one of: A4, Letter, Legal');
    const id = nextId(state);
    const length = codePointLength(args.html_content);
    const pdf = {
      id,
      url: presignedUrl(state, 'documents', id, args.output_filename),
      page_count: Math.max(1, Math.floor(length / 3000)),
      file_size: length * 10,
      source_type: 'html',
      created_at: state.current_time,
    };
    state.pdfs[id] = pdf;
    return { pdf_url: pdf.url, page_count: pdf.page_count, file_size: pdf.file_size };
  },
});
