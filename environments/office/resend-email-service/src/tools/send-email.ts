import { defaultNull, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineResendEmailServiceTool } from '../scenario.js';
import { storeEmail } from './outbox.js';

export const sendEmail = defineResendEmailServiceTool({
  name: 'send_email',
  description:
    'Send one email to a recipient, with HTML and/or text content, an optional sender (default ' +
    'noreply@example.com), reply-to, cc and bcc. It is stamped with the current time and gets the next id ' +
    '(email_<n>). Returns {id}.',
  input: z.object({
    to: z.string(),
    subject: z.string(),
    html: defaultNull(z.string()),
    text: defaultNull(z.string()),
    from_email: defaultNull(z.string()),
    reply_to: defaultNull(z.string()),
    cc: defaultNull(z.array(z.string())),
    bcc: defaultNull(z.array(z.string())),
  }),
  handler: (state, args) => {
    if (!args.to) throw new ToolError('Recipient email address is required');
    if (!args.subject) throw new ToolError('Subject is required');
    const email = storeEmail(
      state,
      {
        to: args.to,
        subject: args.subject,
        from: args.from_email || 'noreply@example.com',
        html: args.html,
        text: args.text,
        cc: args.cc,
        bcc: args.bcc,
        replyTo: args.reply_to,
      },
      'send_email',
    );
    return { id: email.id };
  },
});
