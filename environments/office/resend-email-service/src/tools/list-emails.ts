import { anyInteger, defaultNull, pythonSlice } from '@envfleet/kit';
import { z } from 'zod';
import { defineResendEmailServiceTool } from '../scenario.js';

export const listEmails = defineResendEmailServiceTool({
  name: 'list_emails',
  description:
    'Sent emails, oldest first, at most `limit` (default 50; 0 means 50, a negative limit drops that many from the ' +
    'end): {object: "list", data: [{id, to, from, created_at, subject, status}]}. domain_id is accepted and, as in the ' +
    'reference, does not filter.',
  input: z.object({
    domain_id: defaultNull(z.string()),
    limit: defaultNull(anyInteger()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({
    object: 'list',
    data: pythonSlice(Object.values(state.emails), null, args.limit || 50).map((email) => ({
      id: email.id,
      to: email.to,
      from: email.from_email,
      created_at: email.created_at,
      subject: email.subject,
      status: email.status,
    })),
  }),
});
