import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineAmazonSESTool } from '../scenario.js';
import { checkMessage, readDestination } from './destination.js';
import { nextMessageId } from './message-ids.js';
import { requireVerifiedSender } from './senders.js';

export const sendEmail = defineAmazonSESTool({
  name: 'send_email',
  description:
    'Send an email with a subject and body ({"Subject": {"Data": …}, "Body": {"Text"|"Html": {"Data": …}}}) to ' +
    'ToAddresses, CcAddresses and BccAddresses. A source, when given, must be an identity whose verification ' +
    'succeeded. The sent email is recorded; returns {MessageId, RequestId}. Reply-to and return path are accepted but not kept.',
  input: z.object({
    destination: z.record(z.string(), z.any()),
    message: z.record(z.string(), z.any()),
    source: z.string().default(''),
    reply_to_addresses: defaultNull(z.array(z.any())),
    return_path: defaultNull(z.string()),
  }),
  handler: (state, args) => {
    requireVerifiedSender(state, args.source);
    const destination = readDestination(args.destination);
    checkMessage(args.message);
    const messageId = nextMessageId(state);
    state.sent_emails[messageId] = { message_id: messageId, source: args.source, destination, timestamp: state.current_time };
    return { MessageId: messageId, RequestId: `req-${messageId}` };
  },
});
