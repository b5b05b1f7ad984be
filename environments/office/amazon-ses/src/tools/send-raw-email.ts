import { defaultNull, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAmazonSESTool } from '../scenario.js';
import { nextMessageId } from './message-ids.js';
import { requireKnownSender } from './senders.js';

export const sendRawEmail = defineAmazonSESTool({
  name: 'send_raw_email',
  description:
    'Send a complete MIME message (headers and body, e.g. base64-encoded) as is. A source, when given, must be a ' +
    'known identity (any verification status). Uses up a message id but keeps no record of the email; ' +
    'destinations are accepted but not kept. Returns {MessageId}.',
  input: z.object({
    raw_message: z.string(),
    source: defaultNull(z.string()),
    destinations: defaultNull(z.array(z.any())),
  }),
  handler: (state, args) => {
    if (!args.raw_message) throw new ToolError('raw_message must be a non-empty string: the whole MIME message');
    requireKnownSender(state, args.source);
    return { MessageId: nextMessageId(state) };
  },
});
