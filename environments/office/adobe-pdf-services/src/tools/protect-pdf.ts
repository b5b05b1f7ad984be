import { readLaxModel, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAdobePDFServicesTool, permissionsSchema } from '../scenario.js';
import { nextId, pdfByUrl, presignedUrl, requireText } from './documents.js';

export const protectPdf = defineAdobePDFServicesTool({
  name: 'protect_pdf',
  description:
    'Make a password-protected, AES-256 copy of a generated PDF (by its URL). Permissions printing, copying, editing ' +
    'and commenting are all off unless given. Returns {protected_pdf_url, encryption_level, permissions_applied} — ' +
    'the permissions as given, merged over the defaults.',
  input: z.object({
    pdf_url: z.string(),
    password: z.string(),
    permissions: z.record(z.string(), z.any()).nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.pdf_url, 'pdf_url');
    requireText(args.password, 'password');
    const source = pdfByUrl(state, args.pdf_url);
    // dict.update over the defaults, as given (extra keys included); the stored copy keeps only the
    // four permissions, read as booleans the way pydantic reads them.
    const applied: Record<string, unknown> = Object.fromEntries([
      ['printing', false],
      ['copying', false],
      ['editing', false],
      ['commenting', false],
      ...Object.entries(args.permissions ?? {}),
    ]);
    const permissions = readLaxModel(permissionsSchema, applied);
    if (!permissions.ok) throw new ToolError(`permissions.${permissions.message}`);
    const id = nextId(state);
    const url = presignedUrl(state, 'protected', id, null);
    state.protected_pdfs[id] = {
      id,
      source_pdf_id: source.id,
      url,
      encryption_level: 'AES-256',
      permissions: permissions.value,
      created_at: state.current_time,
    };
    return { protected_pdf_url: url, encryption_level: 'AES-256', permissions_applied: applied };
  },
});
