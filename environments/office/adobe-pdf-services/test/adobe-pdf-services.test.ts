import { stableHash } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { adobePdfServices as adobe } from '../src/index.js';

const demo = () => adobe.loadPreset('demo');
const BASE = 'https://api.adobe.example.com/pdfs';
const INVOICE = `${BASE}/documents/pdf_1_20250312140000?token=sig4412&filename=invoice-1042.pdf`;
const CONTRACT = `${BASE}/documents/pdf_2_20250312140500?token=sig907&filename=msa-nordhavn.pdf`;

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp) {
  const before = demo();
  const outcome = adobe.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

describe('create_pdf_from_html', () => {
  it('counts a page per 3,000 characters and ten bytes each, under the next id and a signed URL', () => {
    const outcome = adobe.call(demo(), 'create_pdf_from_html', {
      html_content: 'x'.repeat(6001),
      output_filename: 'big.pdf',
      page_size: 'Legal',
    });
    const id = 'pdf_8_20250312150000';
    expect(outcome.content).toEqual({
      pdf_url: `${BASE}/documents/${id}?token=sig${stableHash(id) % 10000}&filename=big.pdf`,
      page_count: 2,
      file_size: 60010,
    });
    expect(outcome.state.pdf_counter).toBe(8);
    expect(adobe.call(demo(), 'create_pdf_from_html', { html_content: '<p>hi</p>' }).content).toMatchObject({
      page_count: 1,
      file_size: 90,
    });
    expectFailure('create_pdf_from_html', { html_content: '<p>hi</p>', page_size: 'A3' }, 'page_size must be one of: A4, Letter, Legal');
  });
});

describe('working on generated PDFs', () => {
  it('exports, runs OCR, merges and protects by URL', () => {
    expect(adobe.call(demo(), 'export_pdf_to_format', { pdf_url: CONTRACT, target_format: 'docx' }).content).toMatchObject({
      format: 'docx',
      page_count: 2,
    });
    const ocr = adobe.call(demo(), 'ocr_pdf', { pdf_url: INVOICE, language: 'de-DE', output_type: 'text_extraction' }).content as {
      confidence_score: number;
      extracted_text: string;
    };
    expect(ocr.confidence_score).toBe(85);
    expect(ocr.extracted_text).toBe('Extracted text from 1 pages. '.repeat(20));
    expect(adobe.call(demo(), 'ocr_pdf', { pdf_url: INVOICE }).content).not.toHaveProperty('extracted_text');
    expect(adobe.call(demo(), 'combine_pdfs', { pdf_urls: [INVOICE, CONTRACT, INVOICE] }).content).toMatchObject({
      total_pages: 4,
      source_count: 3,
    });
  });

  it('returns the permissions as given over the defaults, and stores them as booleans', () => {
    const outcome = adobe.call(demo(), 'protect_pdf', {
      pdf_url: CONTRACT,
      password: 's3cret',
      permissions: { printing: 'yes', watermark: 'draft' },
    });
    expect((outcome.content as { permissions_applied: unknown }).permissions_applied).toEqual({
      printing: 'yes',
      copying: false,
      editing: false,
      commenting: false,
      watermark: 'draft',
    });
    expect(outcome.state.protected_pdfs.pdf_8_20250312150000?.permissions).toEqual({
      printing: true,
      copying: false,
      editing: false,
      commenting: false,
    });
    expectFailure('protect_pdf', { pdf_url: CONTRACT, password: 'x', permissions: { copying: 'maybe' } }, /permissions\.copying/);
  });

  it('fails for a URL that is not a generated PDF, making nothing', () => {
    expectFailure(
      'export_pdf_to_format',
      { pdf_url: 'https://elsewhere/doc.pdf', target_format: 'png' },
      'PDF not found for URL: https://elsewhere/doc.pdf',
    );
    expectFailure('combine_pdfs', { pdf_urls: [INVOICE, 'nope'] }, 'PDF not found for URL: nope');
    expectFailure(
      'export_pdf_to_format',
      { pdf_url: CONTRACT, target_format: 'pdf' },
      'target_format must be one of: docx, xlsx, pptx, jpeg, png',
    );
    expectFailure('ocr_pdf', { pdf_url: INVOICE, output_type: 'txt' }, 'output_type must be one of: searchable_pdf, text_extraction');
  });
});
