import { stableHash, ToolError } from '@envfleet/kit';
import type { AdobePDFServicesState, PdfDocument } from '../scenario.js';

/**
 * The next resource id, pdf_<counter>_<clock digits>, as the reference makes it for every kind of
 * output (documents, exports, OCR jobs, merges, protected copies).
 */
export function nextId(state: AdobePDFServicesState): string {
  state.pdf_counter += 1;
  return `pdf_${state.pdf_counter}_${state.current_time.replace(/[-:T]/g, '')}`;
}

/**
 * A presigned URL for a resource. The reference signs it with Python's salted hash() of the id, which
 * changes between runs; the kit's stableHash gives a signature fixed by the id instead.
 */
export function presignedUrl(state: AdobePDFServicesState, kind: string, id: string, filename: string | null): string {
  const url = `${state.base_url}/${kind}/${id}?token=sig${stableHash(id) % 10000}`;
  return filename ? `${url}&filename=${filename}` : url;
}

/** The generated PDF a URL points at (the first with exactly that URL), or the reference's error. */
export function pdfByUrl(state: AdobePDFServicesState, url: string): { id: string; pdf: PdfDocument } {
  const found = Object.entries(state.pdfs).find(([, pdf]) => pdf.url === url);
  if (!found) throw new ToolError(`PDF not found for URL: ${url}`);
  return { id: found[0], pdf: found[1] };
}

export function requireText(value: string, name: string): void {
  if (!value) throw new ToolError(`${name} must be a non-empty string`);
}
