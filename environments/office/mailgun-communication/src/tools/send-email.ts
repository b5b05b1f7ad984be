import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineMailgunCommunicationTool } from '../scenario.js';
import { queueMessage, requireText } from './mail-queue.js';

export const sendEmail = defineMailgunCommunicationTool({
  name: 'send_email',
  description:
    'Queue an email (text body required; HTML, template and tracking flags accepted) from from_email or the ' +
    'default sender. It gets the next id msg_<n> and logs an "accepted" event for the sender\'s domain. Returns ' +
    '{id, message: "Queued. Thank you.", status: "queued"}.',
  input: z.object({
    to_email: z.string(),
    subject: z.string(),
    text: z.string(),
    from_email: defaultNull(z.string()),
    html: defaultNull(z.string()),
    template: defaultNull(z.string()),
    tracking_clicks: z.boolean().default(true),
    tracking_opens: z.boolean().default(true),
  }),
  handler: (state, args) => {
    requireText(args.to_email, 'to_email');
    requireText(args.subject, 'subject');
    requireText(args.text, 'text');
    const id = queueMessage(state, args.to_email, args.subject, args.from_email, { headers: { subject: args.subject } });
    return { id, message: 'Queued. Thank you.', status: 'queued' };
  },
});
