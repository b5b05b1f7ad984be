import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAdobePDFServicesTool } from '../scenario.js';
import { nextId, pdfByUrl, presignedUrl, requireText } from './documents.js';

const OUTPUT_TYPES = ['searchable_pdf', 'text_extraction'];

export const ocrPdf = defineAdobePDFServicesTool({
  name: 'ocr_pdf',
  description:
    'Run OCR on a generated PDF (by its URL) in a language (default en-US, which recognises at 95% confidence; ' +
    'others at 85%), producing a searchable PDF (default) or extracted text. Returns {output_url, confidence_score, ' +
    'extracted_text?}.',
  input: z.object({
    pdf_url: z.string(),
    language: z.string().nullable().default(null),
    output_type: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.pdf_url, 'pdf_url');
    if (args.output_type && !OUTPUT_TYPES.includes(args.output_type))
      throw new ToolError('output_type must be one of: searchable_pdf, text_extraction');
    const source = pdfByUrl(state, args.pdf_url);
    const id = nextId(state);
    const language = args.language || 'en-US';
    const outputType = args.output_type || 'searchable_pdf';
    const url = presignedUrl(state, 'ocr', id, null);
    const confidence = language === 'en-US' ? 95.0 : 85.0;
    const text = outputType === 'text_extraction' ? `Extracted text from ${source.pdf.page_count} pages. `.repeat(20) : null;
    state.ocr_jobs[id] = {
      id,
      source_pdf_id: source.id,
      output_type: outputType,
      output_url: url,
      extracted_text: text,
      confidence_score: confidence,
      created_at: state.current_time,
    };
    return { output_url: url, confidence_score: confidence, ...(text === null ? {} : { extracted_text: text }) };
  },
});
