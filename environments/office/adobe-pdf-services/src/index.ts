import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { combinePdfs } from './tools/combine-pdfs.js';
import { createPdfFromHtml } from './tools/create-pdf-from-html.js';
import { exportPdfToFormat } from './tools/export-pdf-to-format.js';
import { ocrPdf } from './tools/ocr-pdf.js';
import { protectPdf } from './tools/protect-pdf.js';

export const adobePdfServices = defineEnvironment({
  name: 'AdobePDFServices',
  domain: 'office',
  version: '0.1.0',
  description:
    'Adobe PDF Services: render HTML to PDF, export a PDF to Office or image formats, run OCR, merge PDFs, and make a password-protected copy with chosen permissions.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [createPdfFromHtml, exportPdfToFormat, ocrPdf, combinePdfs, protectPdf],
});

export default adobePdfServices;
export { scenarioSchema };
export type { AdobePDFServicesState } from './scenario.js';
