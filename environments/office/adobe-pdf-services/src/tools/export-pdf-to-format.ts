import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAdobePDFServicesTool } from '../scenario.js';
import { nextId, pdfByUrl, presignedUrl, requireText } from './documents.js';

const FORMATS = ['docx', 'xlsx', 'pptx', 'jpeg', 'png'];

export const exportPdfToFormat = defineAdobePDFServicesTool({
  name: 'export_pdf_to_format',
  description: 'Convert a generated PDF (by its URL) to docx, xlsx, pptx, jpeg or png. Returns {export_url, format, page_count}.',
  input: z.object({
    pdf_url: z.string(),
    target_format: z.string(),
    output_filename: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.pdf_url, 'pdf_url');
    requireText(args.target_format, 'target_format');
    if (!FORMATS.includes(args.target_format)) throw new ToolError('target_format must be one of: docx, xlsx, pptx, jpeg, png');
    const source = pdfByUrl(state, args.pdf_url);
    const id = nextId(state);
    const url = presignedUrl(state, 'exports', id, args.output_filename);
    state.exports[id] = {
      id,
      source_pdf_id: source.id,
      target_format: args.target_format,
      export_url: url,
      page_count: source.pdf.page_count,
      created_at: state.current_time,
    };
    return { export_url: url, format: args.target_format, page_count: source.pdf.page_count };
  },
});
