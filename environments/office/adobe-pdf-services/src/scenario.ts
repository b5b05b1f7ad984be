import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's AdobePDFServices scenario: the PDFs made so far and the exports, OCR jobs,
// merges and protected copies made from them, each keyed by id; the counter and clock new ids are
// made from; and the base of the presigned URLs.

export const pdfDocumentSchema = z.object({
  id: z.string(),
  url: z.string(),
  page_count: z.int().min(0),
  file_size: z.int().min(0),
  source_type: z.string(),
  created_at: z.string(),
});

export const exportJobSchema = z.object({
  id: z.string(),
  source_pdf_id: z.string(),
  target_format: z.string().regex(/^(docx|xlsx|pptx|jpeg|png)$/u),
  export_url: z.string(),
  page_count: z.int().min(0),
  created_at: z.string(),
});

export const ocrJobSchema = z.object({
  id: z.string(),
  source_pdf_id: z.string(),
  output_type: z.string().regex(/^(searchable_pdf|text_extraction)$/u),
  output_url: z.string(),
  extracted_text: z.string().nullable().default(null),
  confidence_score: z.number().min(0).max(100),
  created_at: z.string(),
});

export const combinedPDFSchema = z.object({
  id: z.string(),
  url: z.string(),
  source_pdf_ids: z.array(z.string()),
  total_pages: z.int().min(0),
  source_count: z.int().min(0),
  created_at: z.string(),
});

export const permissionsSchema = z.object({
  printing: z.boolean().default(false),
  copying: z.boolean().default(false),
  editing: z.boolean().default(false),
  commenting: z.boolean().default(false),
});

export const protectedPDFSchema = z.object({
  id: z.string(),
  source_pdf_id: z.string(),
  url: z.string(),
  encryption_level: z.string().default('AES-256'),
  permissions: permissionsSchema,
  created_at: z.string(),
});

// The reference's AdobePDFScenario.
export const scenarioSchema = z.object({
  pdfs: z.record(z.string(), pdfDocumentSchema).default(() => ({})),
  exports: z.record(z.string(), exportJobSchema).default(() => ({})),
  ocr_jobs: z.record(z.string(), ocrJobSchema).default(() => ({})),
  combined_pdfs: z.record(z.string(), combinedPDFSchema).default(() => ({})),
  protected_pdfs: z.record(z.string(), protectedPDFSchema).default(() => ({})),
  // Required by the reference; defaulted here so that {} loads.
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u, 'current_time must be YYYY-MM-DDTHH:MM:SS')
    .default('2025-01-01T00:00:00'),
  pdf_counter: z.int().min(0).default(0),
  base_url: z.string().default('https://api.adobe.example.com/pdfs'),
});

export type AdobePDFServicesState = z.output<typeof scenarioSchema>;
export type PdfDocument = z.output<typeof pdfDocumentSchema>;

/** defineTool for this environment: handlers receive a typed draft of AdobePDFServicesState. */
export const defineAdobePDFServicesTool = toolsFor<AdobePDFServicesState>();
