import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineResendEmailServiceTool } from '../scenario.js';
import { storeEmail } from './outbox.js';

export const sendBatchEmails = defineResendEmailServiceTool({
  name: 'send_batch_emails',
  description:
    'Send several emails at once: each item is {to, subject, html?, text?, from?, reply_to?, cc?, bcc?}. All are ' +
    'sent or, when one is malformed (no "to" or "subject", wrong types), none is. Returns {data: [{id, to, from, created_at}]}.',
  input: z.object({
    emails: z.array(z.record(z.string(), z.any())),
  }),
  handler: (state, args) => {
    if (args.emails.length === 0) throw new ToolError('Emails list is required');
    const data = args.emails.map((item, index) => {
      const where = `emails[${index}]`;
      for (const field of ['to', 'subject']) {
        if (!Object.hasOwn(item, field)) throw new ToolError(`${where} has no "${field}"`);
      }
      const email = storeEmail(
        state,
        {
          to: item.to,
          subject: item.subject,
          from: Object.hasOwn(item, 'from') ? item.from : 'noreply@example.com',
          html: item.html,
          text: item.text,
          cc: Object.hasOwn(item, 'cc') ? item.cc : [],
          bcc: Object.hasOwn(item, 'bcc') ? item.bcc : [],
          replyTo: item.reply_to,
        },
        where,
      );
      return { id: email.id, to: item.to, from: email.from_email, created_at: state.current_time };
    });
    return { data };
  },
});
