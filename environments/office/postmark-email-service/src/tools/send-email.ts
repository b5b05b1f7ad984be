import { defaultNull, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePostmarkEmailServiceTool } from '../scenario.js';
import { storeMessage } from './outbox.js';

export const sendEmail = definePostmarkEmailServiceTool({
  name: 'send_email',
  description:
    'Send one transactional email (text and/or HTML body, optional tag, open and link tracking). It is stamped ' +
    'with the current time and gets the next id, msg-<n>. Returns {To, SubmittedAt, MessageID, ErrorCode: 0, ' +
    'Message: "OK"}. Fails when to_email, subject or from_email is empty.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    to_email: z.string(),
    subject: z.string(),
    text_body: defaultNull(z.string()),
    html_body: defaultNull(z.string()),
    from_email: z.string().default(''),
    tag: defaultNull(z.string()),
    track_opens: z.boolean().default(true),
    track_links: z.string().default('HtmlAndText'),
  }),
  handler: (state, args) => {
    if (!args.to_email) throw new ToolError('to_email must be a non-empty string: give the recipient address');
    if (!args.subject) throw new ToolError('subject must be a non-empty string');
    if (!args.from_email) throw new ToolError('from_email must be a non-empty string: give the sender address');
    return storeMessage(state, {
      To: args.to_email,
      Subject: args.subject,
      TextBody: args.text_body,
      HtmlBody: args.html_body,
      From: args.from_email,
      Tag: args.tag,
      TrackOpens: args.track_opens,
      TrackLinks: args.track_links,
    });
  },
});
