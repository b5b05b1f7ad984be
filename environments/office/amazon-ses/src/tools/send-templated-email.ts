import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAmazonSESTool } from '../scenario.js';
import { readDestination } from './destination.js';
import { nextMessageId } from './message-ids.js';
import { requireKnownSender } from './senders.js';

export const sendTemplatedEmail = defineAmazonSESTool({
  name: 'send_templated_email',
  description:
    'Send an email from a named template with template_data (JSON text of the template variables) to a destination ' +
    '({ToAddresses, CcAddresses, BccAddresses}). A source, when given, must be a known identity (any verification ' +
    'status). The template name and data are not checked against the stored templates. Records the email; returns {MessageId}.',
  input: z.object({
    destination: z.record(z.string(), z.any()),
    template: z.string(),
    template_data: z.string(),
    source: z.string().default(''),
  }),
  handler: (state, args) => {
    if (!args.template) throw new ToolError('template must be a non-empty string: the template name');
    if (!args.template_data) throw new ToolError('template_data must be a non-empty string, e.g. "{\\"name\\": \\"Ana\\"}"');
    requireKnownSender(state, args.source);
    const destination = readDestination(args.destination);
    const messageId = nextMessageId(state);
    state.sent_emails[messageId] = { message_id: messageId, source: args.source, destination, timestamp: state.current_time };
    return { MessageId: messageId };
  },
});
