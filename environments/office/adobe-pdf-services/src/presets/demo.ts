import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const BASE = 'https://api.adobe.example.com/pdfs';
const url = (kind: string, id: string, token: number, filename?: string) =>
  `${BASE}/${kind}/${id}?token=sig${token}${filename ? `&filename=${filename}` : ''}`;

// A contracts team's afternoon: three PDFs rendered from HTML (an invoice, a two-page contract and a
// long handbook), one exported to Word, one run through OCR, two merged, and a protected copy that
// allows printing only. The counter continues from the last id.
export const demo: Input = {
  pdfs: {
    pdf_1_20250312140000: {
      id: 'pdf_1_20250312140000',
      url: url('documents', 'pdf_1_20250312140000', 4412, 'invoice-1042.pdf'),
      page_count: 1,
      file_size: 18420,
      source_type: 'html',
      created_at: '2025-03-12T14:00:00',
    },
    pdf_2_20250312140500: {
      id: 'pdf_2_20250312140500',
      url: url('documents', 'pdf_2_20250312140500', 907, 'msa-nordhavn.pdf'),
      page_count: 2,
      file_size: 64210,
      source_type: 'html',
      created_at: '2025-03-12T14:05:00',
    },
    pdf_3_20250312141000: {
      id: 'pdf_3_20250312141000',
      url: url('documents', 'pdf_3_20250312141000', 6123),
      page_count: 14,
      file_size: 421880,
      source_type: 'html',
      created_at: '2025-03-12T14:10:00',
    },
  },
  exports: {
    pdf_4_20250312142000: {
      id: 'pdf_4_20250312142000',
      source_pdf_id: 'pdf_2_20250312140500',
      target_format: 'docx',
      export_url: url('exports', 'pdf_4_20250312142000', 3550, 'msa-nordhavn.docx'),
      page_count: 2,
      created_at: '2025-03-12T14:20:00',
    },
  },
  ocr_jobs: {
    pdf_5_20250312143000: {
      id: 'pdf_5_20250312143000',
      source_pdf_id: 'pdf_1_20250312140000',
      output_type: 'searchable_pdf',
      output_url: url('ocr', 'pdf_5_20250312143000', 118),
      confidence_score: 95.0,
      created_at: '2025-03-12T14:30:00',
    },
  },
  combined_pdfs: {
    pdf_6_20250312144000: {
      id: 'pdf_6_20250312144000',
      url: url('combined', 'pdf_6_20250312144000', 2791, 'deal-pack.pdf'),
      source_pdf_ids: ['pdf_1_20250312140000', 'pdf_2_20250312140500'],
      total_pages: 3,
      source_count: 2,
      created_at: '2025-03-12T14:40:00',
    },
  },
  protected_pdfs: {
    pdf_7_20250312145000: {
      id: 'pdf_7_20250312145000',
      source_pdf_id: 'pdf_2_20250312140500',
      url: url('protected', 'pdf_7_20250312145000', 8804),
      encryption_level: 'AES-256',
      permissions: { printing: true, copying: false, editing: false, commenting: false },
      created_at: '2025-03-12T14:50:00',
    },
  },
  current_time: '2025-03-12T15:00:00',
  pdf_counter: 7,
};
