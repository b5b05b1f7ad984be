import { z } from 'zod';
import { defineResendEmailServiceTool } from '../scenario.js';
import { requireEmail } from './outbox.js';

export const getEmail = defineResendEmailServiceTool({
  name: 'get_email',
  description:
    'A sent email by id: {object: "email", id, to, from, created_at, subject, html, text, bcc, cc, reply_to, ' +
    'last_event}. Fails for an unknown id.',
  input: z.object({
    email_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const email = requireEmail(state, args.email_id);
    return {
      object: 'email',
      id: email.id,
      to: email.to,
      from: email.from_email,
      created_at: email.created_at,
      subject: email.subject,
      html: email.html,
      text: email.text,
      bcc: email.bcc,
      cc: email.cc,
      reply_to: email.reply_to,
      last_event: email.last_event,
    };
  },
});
